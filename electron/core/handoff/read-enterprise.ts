/**
 * One enterprise's content as a `.retrofit` file carries it: live rows only, in the order of their
 * workspace ids (which an import keeps, since it inserts in file order), with every reference to a
 * register row or a project turned into the file-local id of that row.
 */
import type Database from 'better-sqlite3';
import { opportunityId } from '../../../shared/opportunities/find-opportunities';
import type { HandoffContent } from './handoff-content';

type Row = Record<string, unknown>;

const bool = (v: unknown) => v === 1;
const json = (v: unknown): unknown => JSON.parse(v as string);

/** Parts of a stored proposal id "rule:category:hash"; null for one of another shape. */
export function splitOpportunityId(id: string): { rule: string; category: string; tail: string } | null {
  const parts = id.split(':');
  if (parts.length !== 3 || parts.some((p) => p === '')) return null;
  const [rule, category, tail] = parts as [string, string, string];
  return { rule, category, tail };
}

/** The file's form of a proposal id whose rows are all carried: the rows by file-local id. */
export function fileOpportunity(rule: string, category: string, refs: number[]): string {
  return `${rule}:${category}:@${[...refs].sort((a, b) => a - b).join(',')}`;
}

export function readEnterpriseContent(db: Database.Database, enterpriseId: number): HandoffContent | null {
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
  const e = db.prepare('SELECT * FROM enterprise WHERE id = ? AND deleted_at IS NULL').get(enterpriseId) as
    Row | undefined;
  if (!e) return null;

  const energy = new Map<number, { source: string; quantity: number }[]>();
  for (const r of all(
    'SELECT year, source, quantity FROM enterprise_energy WHERE enterprise_id = ? ORDER BY year, source',
    enterpriseId,
  )) {
    const list = energy.get(r.year as number) ?? [];
    list.push({ source: r.source as string, quantity: r.quantity as number });
    energy.set(r.year as number, list);
  }
  const assumptions = db
    .prepare('SELECT assumptions_json, updated_at FROM opportunity_assumptions WHERE enterprise_id = ?')
    .get(enterpriseId) as Row | undefined;

  const enterprise: HandoffContent['enterprise'] = {
    name: e.name as string,
    name_en: e.name_en as string | null,
    uscc: e.uscc as string | null,
    district: e.district as string | null,
    city_outside: e.city_outside as string | null,
    industry_division: e.industry_division as string | null,
    manufacturing_type: e.manufacturing_type as 'discrete' | 'process' | null,
    created_at: e.created_at as string,
    updated_at: e.updated_at as string,
    years: all('SELECT * FROM enterprise_year WHERE enterprise_id = ? ORDER BY year', enterpriseId).map(
      (y) => ({
        year: y.year as number,
        employees: y.employees as number | null,
        revenue_fen: y.revenue_fen as number | null,
        output_value_fen: y.output_value_fen as number | null,
        new_product_output_fen: y.new_product_output_fen as number | null,
        rnd_fen: y.rnd_fen as number | null,
        fixed_assets_fen: y.fixed_assets_fen as number | null,
        energy: energy.get(y.year as number) ?? [],
      }),
    ),
    column_mappings: all(
      'SELECT * FROM column_mapping WHERE enterprise_id = ? ORDER BY header_signature',
      enterpriseId,
    ).map((m) => ({
      header_signature: m.header_signature as string,
      mapping: json(m.mapping_json) as never,
      updated_at: m.updated_at as string,
    })),
    assumptions: assumptions
      ? {
          assumptions: json(assumptions.assumptions_json) as never,
          updated_at: assumptions.updated_at as string,
        }
      : null,
  };

  const equipmentRef = new Map<number, number>();
  const equipment = all(
    'SELECT * FROM equipment WHERE enterprise_id = ? AND deleted_by IS NULL ORDER BY id',
    enterpriseId,
  ).map((r, i) => {
    equipmentRef.set(r.id as number, i + 1);
    return {
      id: i + 1,
      asset_code: r.asset_code as string | null,
      name: r.name as string,
      category: r.category as never,
      model: r.model as string | null,
      maker: r.maker as string | null,
      quantity: r.quantity as number,
      year_commissioned: r.year_commissioned as number | null,
      month_commissioned: r.month_commissioned as number | null,
      original_value_fen: r.original_value_fen as number | null,
      rated_kw: r.rated_kw as number | null,
      annual_hours: r.annual_hours as number | null,
      load_factor: r.load_factor as number | null,
      energy_source: r.energy_source as string | null,
      efficiency_class: r.efficiency_class as never,
      cnc: bool(r.cnc),
      networked: bool(r.networked),
      workshop: r.workshop as string | null,
      status: r.status as never,
      notes: r.notes as string | null,
      updated_at: r.updated_at as string,
    };
  });

  const answers = new Map<number, HandoffContent['assessments'][number]['answers']>();
  for (const a of all(
    `SELECT a.* FROM assessment_answer a JOIN assessment s ON s.id = a.assessment_id
      WHERE s.enterprise_id = ? AND s.deleted_at IS NULL ORDER BY a.assessment_id, a.question_id`,
    enterpriseId,
  )) {
    const list = answers.get(a.assessment_id as number) ?? [];
    list.push({
      question_id: a.question_id as string,
      rating: a.rating as never,
      evidence: a.evidence as string | null,
      suggested: bool(a.suggested),
      suggestion: a.suggestion_json === null ? null : (json(a.suggestion_json) as never),
      updated_at: a.updated_at as string,
    });
    answers.set(a.assessment_id as number, list);
  }
  const assessments = all(
    'SELECT * FROM assessment WHERE enterprise_id = ? AND deleted_at IS NULL ORDER BY id',
    enterpriseId,
  ).map((a) => ({
    title: a.title as string,
    assessed_on: a.assessed_on as string,
    manufacturing_type: a.manufacturing_type as 'discrete' | 'process',
    questionnaire_version: a.questionnaire_version as number,
    created_at: a.created_at as string,
    updated_at: a.updated_at as string,
    answers: answers.get(a.id as number) ?? [],
  }));

  // Proposal ids hash the workspace's row ids: the file names the rows instead, so that the
  // importing workspace can hash its own ids and the decisions still meet their proposals.
  const decisionRows = all('SELECT * FROM opportunity_decision WHERE enterprise_id = ?', enterpriseId);
  const opportunityInFile = new Map<string, string>();
  for (const d of decisionRows) {
    const id = d.opportunity_id as string;
    const parts = splitOpportunityId(id);
    const rows = json(d.equipment_ids_json) as number[];
    const refs = rows.map((r) => equipmentRef.get(r));
    if (
      parts &&
      refs.every((r) => r !== undefined) &&
      opportunityId(parts.rule, parts.category, rows) === id
    ) {
      opportunityInFile.set(id, fileOpportunity(parts.rule, parts.category, refs as number[]));
    }
  }
  const opportunityOf = (id: unknown) =>
    id === null ? null : (opportunityInFile.get(id as string) ?? (id as string));

  const projectRows = all(
    'SELECT * FROM project WHERE enterprise_id = ? AND deleted_at IS NULL ORDER BY id',
    enterpriseId,
  );
  const projectRef = new Map<number, number>(projectRows.map((p, i) => [p.id as number, i + 1]));
  const byProject = <T>(sql: string, make: (r: Row) => T) => {
    const map = new Map<number, T[]>();
    for (const r of all(sql, enterpriseId)) {
      const list = map.get(r.project_id as number) ?? [];
      list.push(make(r));
      map.set(r.project_id as number, list);
    }
    return map;
  };
  const ofLiveProjects = (table: string) =>
    `SELECT t.* FROM ${table} t JOIN project p ON p.id = t.project_id
      WHERE p.enterprise_id = ? AND p.deleted_at IS NULL ORDER BY t.project_id, t.id`;

  const links = new Map<number, { equipment: number; relation: never }[]>();
  for (const l of all(
    `SELECT le.line_id, le.equipment_id, le.relation FROM project_line_equipment le
       JOIN project_line l ON l.id = le.line_id JOIN project p ON p.id = l.project_id
      WHERE p.enterprise_id = ? AND p.deleted_at IS NULL ORDER BY le.line_id, le.equipment_id`,
    enterpriseId,
  )) {
    const target = equipmentRef.get(l.equipment_id as number);
    // A link to a row deleted from the register (restorable there) has no row in the file.
    if (target === undefined) continue;
    const list = links.get(l.line_id as number) ?? [];
    list.push({ equipment: target, relation: l.relation as never });
    links.set(l.line_id as number, list);
  }
  const lines = byProject(ofLiveProjects('project_line'), (l) => ({
    category: l.category as never,
    name: l.name as string,
    model: l.model as string | null,
    quantity: l.quantity as number,
    unit_price_fen: l.unit_price_fen as number,
    supplier: l.supplier as string | null,
    origin: l.origin as never,
    deductible_vat_rate: l.deductible_vat_rate as number | null,
    intelligent: bool(l.intelligent),
    opportunity: opportunityOf(l.opportunity_id),
    notes: l.notes as string | null,
    equipment: links.get(l.id as number) ?? [],
  }));
  const financing = byProject(ofLiveProjects('project_financing'), (f) => ({
    kind: f.kind as never,
    source: f.source as string | null,
    amount_fen: f.amount_fen as number,
    annual_rate: f.annual_rate as number | null,
    term_years: f.term_years as number | null,
    notes: f.notes as string | null,
  }));
  const benefitEnergy = new Map<number, { source: string; quantity: number }[]>();
  for (const r of all(
    `SELECT be.* FROM project_benefit_energy be JOIN project_benefit b ON b.id = be.benefit_id
       JOIN project p ON p.id = b.project_id
      WHERE p.enterprise_id = ? AND p.deleted_at IS NULL ORDER BY be.benefit_id, be.source`,
    enterpriseId,
  )) {
    const list = benefitEnergy.get(r.benefit_id as number) ?? [];
    list.push({ source: r.source as string, quantity: r.quantity as number });
    benefitEnergy.set(r.benefit_id as number, list);
  }
  const benefits = byProject(ofLiveProjects('project_benefit'), (b) => ({
    label: b.label as string | null,
    opportunity: opportunityOf(b.opportunity_id),
    annual_cost_saving_fen: b.annual_cost_saving_fen as number,
    annual_output_value_fen: b.annual_output_value_fen as number,
    labour_persons: b.labour_persons as number,
    other_co2_tonnes: b.other_co2_tonnes as number,
    notes: b.notes as string | null,
    energy: benefitEnergy.get(b.id as number) ?? [],
  }));

  const projects = projectRows.map((p, i) => ({
    id: i + 1,
    name: p.name as string,
    direction: p.direction as never,
    description: p.description as string | null,
    site: p.site as string | null,
    start_date: p.start_date as string | null,
    end_date: p.end_date as string | null,
    status: p.status as never,
    milestones: json(p.milestones_json) as never,
    discount_rate: p.discount_rate as number,
    horizon_years: p.horizon_years as number,
    energy_basis: json(p.energy_basis_json) as never,
    stated_facts: json(p.stated_facts_json) as never,
    target_programme: p.target_programme as string | null,
    created_at: p.created_at as string,
    updated_at: p.updated_at as string,
    lines: lines.get(p.id as number) ?? [],
    financing: financing.get(p.id as number) ?? [],
    benefits: benefits.get(p.id as number) ?? [],
  }));

  const decisions = decisionRows
    // An acceptance into a deleted project is no longer in force (DecisionRepository): not carried.
    .filter((d) => d.project_id === null || projectRef.has(d.project_id as number))
    .map((d) => ({
      opportunity: opportunityOf(d.opportunity_id) as string,
      decision: d.decision as 'accepted' | 'dismissed',
      reason: d.reason as string | null,
      project: d.project_id === null ? null : (projectRef.get(d.project_id as number) as number),
      equipment: (json(d.equipment_ids_json) as number[])
        .map((r) => equipmentRef.get(r))
        .filter((r): r is number => r !== undefined),
      snapshot: json(d.snapshot_json) as never,
      decided_at: d.decided_at as string,
    }))
    .sort((a, b) => compareText(a.opportunity, b.opportunity));

  const scenarioProjects = new Map<number, number[]>();
  for (const r of all(
    `SELECT sp.scenario_id, sp.project_id FROM scenario_project sp JOIN scenario s ON s.id = sp.scenario_id
      WHERE s.enterprise_id = ? AND s.deleted_at IS NULL ORDER BY sp.scenario_id, sp.position, sp.project_id`,
    enterpriseId,
  )) {
    const target = projectRef.get(r.project_id as number);
    // A deleted (restorable) project is skipped by the scenario while deleted; it is not carried.
    if (target === undefined) continue;
    const list = scenarioProjects.get(r.scenario_id as number) ?? [];
    list.push(target);
    scenarioProjects.set(r.scenario_id as number, list);
  }
  const scenarios = all(
    'SELECT * FROM scenario WHERE enterprise_id = ? AND deleted_at IS NULL ORDER BY id',
    enterpriseId,
  ).map((s) => ({
    name: s.name as string,
    created_at: s.created_at as string,
    updated_at: s.updated_at as string,
    projects: scenarioProjects.get(s.id as number) ?? [],
  }));

  const narratives = all(
    `SELECT n.* FROM narrative n LEFT JOIN project p ON p.id = n.project_id
      WHERE n.enterprise_id = ? AND (n.project_id IS NULL OR p.deleted_at IS NULL)`,
    enterpriseId,
  )
    .map((n) => ({
      project: n.project_id === null ? null : (projectRef.get(n.project_id as number) ?? -1),
      section: n.section as string,
      body: n.body as string,
      updated_at: n.updated_at as string,
    }))
    .filter((n) => n.project !== -1)
    .sort((a, b) => (a.project ?? 0) - (b.project ?? 0) || compareText(a.section, b.section));

  const checklist = all(
    `SELECT t.* FROM attachment_item t JOIN project p ON p.id = t.project_id
      WHERE p.enterprise_id = ? AND p.deleted_at IS NULL`,
    enterpriseId,
  )
    .map((c) => ({
      project: projectRef.get(c.project_id as number) as number,
      item_key: c.item_key as string,
      ready: bool(c.ready),
      note: c.note as string | null,
      updated_at: c.updated_at as string,
    }))
    .sort((a, b) => a.project - b.project || compareText(a.item_key, b.item_key));

  const attachments = all(
    `SELECT t.* FROM attachment_file t JOIN project p ON p.id = t.project_id
      WHERE p.enterprise_id = ? AND p.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY t.id`,
    enterpriseId,
  )
    .map((a) => ({
      project: projectRef.get(a.project_id as number) as number,
      item_key: a.item_key as string,
      original_name: a.original_name as string,
      sha256: a.sha256 as string,
      size_bytes: a.size_bytes as number,
      added_at: a.added_at as string,
    }))
    // Stable sort: within a project the files keep the order they were added in.
    .sort((a, b) => a.project - b.project);

  return {
    enterprise,
    equipment,
    assessments,
    projects,
    decisions,
    scenarios,
    narratives,
    checklist,
    attachments,
  };
}

/** Code-point order: the same in every locale and runtime. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical bytes of content.json: the objects above already have their keys in fixed order. */
export function canonicalJson(content: HandoffContent): Buffer {
  return Buffer.from(JSON.stringify(content, null, 1) + '\n', 'utf8');
}
