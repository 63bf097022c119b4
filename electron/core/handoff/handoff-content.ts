/**
 * What a `.retrofit` file holds (docs/retrofit-format.md): the manifest and content.json, as zod
 * schemas that check a file before anything is written, and the limits that keep an untrusted file
 * from costing the machine more than a real enterprise would.
 *
 * Keys are the workspace's column names and come in the order written here, which is the order the
 * exporter writes them; `id` and every reference to a row are file-local ids (1, 2, 3… in the
 * order of the rows), never the workspace's own.
 */
import { z } from 'zod';
import { CATEGORY_CODES, STATUS_CODES } from '../../../shared/register/taxonomy';

export const RETROFIT_FORMAT = 'retrofit-planner.enterprise';
export const RETROFIT_FORMAT_VERSION = 1;

export const MANIFEST_ENTRY = 'manifest.json';
export const CONTENT_ENTRY = 'content.json';
export const ATTACHMENT_PREFIX = 'attachments/';

/** Far above a real enterprise (a 100,000-row register is ~60 MB of JSON); a bomb is refused early. */
export const HANDOFF_LIMITS = {
  maxEntries: 20_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxContentBytes: 256 * 1024 ** 2,
  maxManifestBytes: 1024 ** 2,
};
export type HandoffLimits = typeof HANDOFF_LIMITS;

const text = (max: number) => z.string().max(max);
const optText = (max: number) => text(max).nullable();
const int = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const fen = int.min(0);
const real = z.number().finite();
const fraction = real.min(0).max(1);
const timestamp = text(40);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ref = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const jsonValue = z.json();
const jsonObject = z.record(z.string(), z.json());

const energyQuantity = z.strictObject({ source: text(40), quantity: real });

const YearSchema = z.strictObject({
  year: int.min(1900).max(2200),
  employees: int.min(0).nullable(),
  revenue_fen: fen.nullable(),
  output_value_fen: fen.nullable(),
  new_product_output_fen: fen.nullable(),
  rnd_fen: fen.nullable(),
  fixed_assets_fen: fen.nullable(),
  energy: z.array(z.strictObject({ source: text(40), quantity: real.min(0) })).max(50),
});

const EnterpriseSchema = z.strictObject({
  name: text(200).refine((s) => s.trim().length > 0, { message: 'validation.required' }),
  name_en: optText(300),
  uscc: optText(40),
  district: optText(80),
  city_outside: optText(80),
  industry_division: optText(10),
  manufacturing_type: z.enum(['discrete', 'process']).nullable(),
  created_at: timestamp,
  updated_at: timestamp,
  years: z.array(YearSchema).max(200),
  column_mappings: z
    .array(z.strictObject({ header_signature: text(10_000), mapping: jsonValue, updated_at: timestamp }))
    .max(1000),
  assumptions: z.strictObject({ assumptions: jsonObject, updated_at: timestamp }).nullable(),
});

const EquipmentSchema = z.strictObject({
  id: ref,
  asset_code: optText(200),
  name: text(500),
  category: z.enum(CATEGORY_CODES),
  model: optText(500),
  maker: optText(500),
  quantity: int.min(1),
  year_commissioned: int.nullable(),
  month_commissioned: int.min(1).max(12).nullable(),
  original_value_fen: fen.nullable(),
  rated_kw: real.min(0).nullable(),
  annual_hours: real.min(0).max(8784).nullable(),
  load_factor: fraction.nullable(),
  energy_source: optText(40),
  efficiency_class: z.enum(['IE1', 'IE2', 'IE3', 'IE4', 'IE5']).nullable(),
  cnc: z.boolean(),
  networked: z.boolean(),
  workshop: optText(500),
  status: z.enum(STATUS_CODES),
  notes: optText(10_000),
  updated_at: timestamp,
});

const AssessmentSchema = z.strictObject({
  title: text(500).refine((s) => s.trim().length > 0, { message: 'validation.required' }),
  assessed_on: day,
  manufacturing_type: z.enum(['discrete', 'process']),
  questionnaire_version: int,
  created_at: timestamp,
  updated_at: timestamp,
  answers: z
    .array(
      z.strictObject({
        question_id: text(200),
        rating: z.enum(['fully', 'mostly', 'partly', 'not_met']).nullable(),
        evidence: optText(20_000),
        suggested: z.boolean(),
        suggestion: jsonValue.nullable(),
        updated_at: timestamp,
      }),
    )
    .max(10_000),
});

/** "<rule>:<category>:@<equipment ids>" in the file; another stored id is carried as it was. */
const opportunity = text(500);

const LineSchema = z.strictObject({
  category: z.enum(['equipment', 'software', 'installation', 'construction', 'other']),
  name: text(500),
  model: optText(500),
  quantity: real.gt(0),
  unit_price_fen: fen,
  supplier: optText(500),
  origin: z.enum(['domestic', 'imported']).nullable(),
  deductible_vat_rate: real.min(0).lt(1).nullable(),
  intelligent: z.boolean(),
  opportunity: opportunity.nullable(),
  notes: optText(10_000),
  equipment: z
    .array(z.strictObject({ equipment: ref, relation: z.enum(['replaces', 'upgrades', 'retires']) }))
    .max(100_000),
});

const FinancingSchema = z.strictObject({
  kind: z.enum(['own', 'loan', 'leasing', 'subsidy']),
  source: optText(500),
  amount_fen: fen,
  annual_rate: fraction.nullable(),
  term_years: int.min(1).max(50).nullable(),
  notes: optText(10_000),
});

const BenefitSchema = z.strictObject({
  label: optText(500),
  opportunity: opportunity.nullable(),
  annual_cost_saving_fen: int,
  annual_output_value_fen: fen,
  labour_persons: real,
  other_co2_tonnes: real,
  notes: optText(10_000),
  energy: z.array(energyQuantity).max(50),
});

const ProjectSchema = z.strictObject({
  id: ref,
  name: text(500).refine((s) => s.trim().length > 0, { message: 'validation.required' }),
  direction: z.enum(['expand', 'intelligent', 'renewal', 'innovation', 'integration', 'green']),
  description: optText(100_000),
  site: optText(1000),
  start_date: day.nullable(),
  end_date: day.nullable(),
  status: z.enum(['draft', 'planned', 'in_progress', 'completed', 'cancelled']),
  milestones: z.array(jsonValue).max(1000),
  discount_rate: fraction,
  horizon_years: int.min(1).max(50),
  energy_basis: jsonObject,
  stated_facts: jsonObject,
  target_programme: optText(200),
  created_at: timestamp,
  updated_at: timestamp,
  lines: z.array(LineSchema).max(100_000),
  financing: z.array(FinancingSchema).max(10_000),
  benefits: z.array(BenefitSchema).max(10_000),
});

const DecisionSchema = z
  .strictObject({
    opportunity,
    decision: z.enum(['accepted', 'dismissed']),
    reason: optText(10_000),
    project: ref.nullable(),
    equipment: z.array(ref).max(100_000),
    snapshot: jsonValue,
    decided_at: timestamp,
  })
  .refine((d) => (d.decision === 'accepted') === (d.project !== null), {
    path: ['project'],
    message: 'validation.custom',
  })
  .refine((d) => (d.decision === 'dismissed') === (d.reason !== null), {
    path: ['reason'],
    message: 'validation.custom',
  });

const ScenarioSchema = z.strictObject({
  name: text(500).refine((s) => s.trim().length > 0, { message: 'validation.required' }),
  created_at: timestamp,
  updated_at: timestamp,
  projects: z.array(ref).max(10_000),
});

const NarrativeSchema = z.strictObject({
  project: ref.nullable(),
  section: text(200),
  body: text(1_000_000),
  updated_at: timestamp,
});

const ChecklistSchema = z.strictObject({
  project: ref,
  item_key: text(200),
  ready: z.boolean(),
  note: optText(10_000),
  updated_at: timestamp,
});

const AttachmentSchema = z.strictObject({
  project: ref,
  item_key: text(200),
  original_name: text(1000).min(1),
  sha256,
  size_bytes: int.min(0),
  added_at: timestamp,
});

export const ContentSchema = z
  .strictObject({
    enterprise: EnterpriseSchema,
    equipment: z.array(EquipmentSchema).max(1_000_000),
    assessments: z.array(AssessmentSchema).max(10_000),
    projects: z.array(ProjectSchema).max(100_000),
    decisions: z.array(DecisionSchema).max(1_000_000),
    scenarios: z.array(ScenarioSchema).max(10_000),
    narratives: z.array(NarrativeSchema).max(100_000),
    checklist: z.array(ChecklistSchema).max(1_000_000),
    attachments: z.array(AttachmentSchema).max(HANDOFF_LIMITS.maxEntries),
  })
  .superRefine((c, ctx) => {
    // File-local ids are the rows' positions, and every reference must name a row of the file.
    const issue = (path: (string | number)[], message = 'validation.custom') =>
      ctx.addIssue({ code: 'custom', path, message });
    c.equipment.forEach((e, i) => e.id !== i + 1 && issue(['equipment', i, 'id']));
    c.projects.forEach((p, i) => p.id !== i + 1 && issue(['projects', i, 'id']));
    const isRow = (r: number) => r <= c.equipment.length;
    const isProject = (r: number) => r <= c.projects.length;
    const codes = new Set<string>();
    c.equipment.forEach((e, i) => {
      if (e.asset_code === null) return;
      if (codes.has(e.asset_code)) issue(['equipment', i, 'asset_code'], 'validation.duplicate');
      codes.add(e.asset_code);
    });
    c.projects.forEach((p, i) =>
      p.lines.forEach((l, j) =>
        l.equipment.forEach((link, k) => {
          if (!isRow(link.equipment)) issue(['projects', i, 'lines', j, 'equipment', k, 'equipment']);
        }),
      ),
    );
    c.decisions.forEach((d, i) => {
      if (d.project !== null && !isProject(d.project)) issue(['decisions', i, 'project']);
      d.equipment.forEach((r, k) => !isRow(r) && issue(['decisions', i, 'equipment', k]));
    });
    c.scenarios.forEach((s, i) =>
      s.projects.forEach((r, k) => !isProject(r) && issue(['scenarios', i, 'projects', k])),
    );
    for (const part of ['narratives', 'checklist', 'attachments'] as const) {
      c[part].forEach((n, i) => n.project !== null && !isProject(n.project) && issue([part, i, 'project']));
    }
    const unique = (part: string, keys: string[]) => {
      const seen = new Set<string>();
      keys.forEach((k, i) => {
        if (seen.has(k)) issue([part, i], 'validation.duplicate');
        seen.add(k);
      });
    };
    unique(
      'decisions',
      c.decisions.map((d) => d.opportunity),
    );
    unique(
      'narratives',
      c.narratives.map((n) => `${n.project ?? 0}/${n.section}`),
    );
    unique(
      'checklist',
      c.checklist.map((n) => `${n.project}/${n.item_key}`),
    );
    unique(
      'enterprise.years',
      c.enterprise.years.map((y) => String(y.year)),
    );
    c.scenarios.forEach((s, i) => unique(`scenarios.${i}.projects`, s.projects.map(String)));
    c.projects.forEach((p, i) =>
      p.lines.forEach((l, j) =>
        unique(
          `projects.${i}.lines.${j}.equipment`,
          l.equipment.map((link) => String(link.equipment)),
        ),
      ),
    );
  });

export type HandoffContent = z.infer<typeof ContentSchema>;
export type ContentEquipment = HandoffContent['equipment'][number];
export type ContentProject = HandoffContent['projects'][number];

export const ManifestSchema = z.strictObject({
  format: z.literal(RETROFIT_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: text(80),
  schemaVersion: z.number().int().min(0),
  exportedAt: timestamp,
  counts: z.record(z.string(), z.number().int().min(0)),
  content: z.strictObject({ sha256, sizeBytes: int.min(0) }),
});
export type HandoffManifest = z.infer<typeof ManifestSchema>;
