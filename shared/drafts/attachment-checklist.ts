/**
 * What an application usually has to attach (DOMAIN.md §10), and what the chosen programme's rule
 * pack adds. Pure: the core adds each item's state and files (electron/core/drafts/checklist-store.ts).
 */
import type { BothLanguages } from '../funding/bilingual-text';
import { both } from '../funding/bilingual-text';
import type { StatedProjectFacts } from '../funding/funding-subject';
import type { Programme } from '../funding/pack-schema';
import { ENERGY_REVIEW_THRESHOLD } from '../funding/shipped/energy-review';
import type { DirectionCode } from '../projects/directions';

export type ChecklistOrigin = 'policy' | 'programme';

export interface ChecklistEntry {
  key: string;
  title: BothLanguages;
  origin: ChecklistOrigin;
  required: boolean;
}

interface PolicyItem {
  key: string;
  title: BothLanguages;
  /** 'energy': required when the project needs an energy review (energyReviewRequired). */
  required: boolean | 'energy';
}

/** DOMAIN.md §10's usual list, in the order an application binds them. */
export const POLICY_ITEMS: readonly PolicyItem[] = [
  { key: 'application_form', title: { zh: '申请书', en: 'Application form' }, required: true },
  { key: 'business_licence', title: { zh: '营业执照', en: 'Business licence' }, required: true },
  {
    key: 'project_resolution',
    title: { zh: '立项决议', en: 'Resolution approving the project' },
    required: true,
  },
  {
    key: 'feasibility_study',
    title: { zh: '可行性研究报告或项目方案', en: 'Feasibility study or project plan' },
    required: true,
  },
  {
    key: 'filing_certificate',
    title: { zh: '技术改造项目备案证（备案表）', en: 'Project filing certificate (filing form)' },
    required: true,
  },
  { key: 'statistics_form', title: { zh: '统计报表', en: 'Statistics form' }, required: true },
  {
    key: 'contracts_acceptance',
    title: { zh: '合同及交货、验收单', en: 'Contracts with delivery and acceptance notes' },
    required: true,
  },
  {
    key: 'invoices_payments',
    title: {
      zh: '发票及付款凭证（建设期内）',
      en: 'Invoices and payment vouchers dated inside the construction period',
    },
    required: true,
  },
  {
    key: 'financial_statements',
    title: { zh: '审计报告或财务报表', en: 'Audit report or financial statements' },
    required: true,
  },
  { key: 'energy_review', title: { zh: '节能审查意见', en: 'Energy review opinion' }, required: 'energy' },
  {
    // Whether a retrofit needs an environmental impact assessment depends on its trade and process
    // (the EIA classification catalogue), which the app does not record: listed, not required.
    key: 'environmental_approval',
    title: {
      zh: '环评批复（须做环评的项目）',
      en: 'Environmental impact approval (projects that need one)',
    },
    required: false,
  },
  {
    key: 'funding_sources',
    title: { zh: '资金来源说明', en: 'Statement of the sources of funds' },
    required: true,
  },
];

/**
 * Whether the energy review opinion is a required attachment, from the facts stated for the
 * project (the ones its funding is judged on): required when a review was obtained (its opinion is
 * what to attach) or the project's yearly use reaches either threshold of the energy review rules;
 * not required when both uses are stated below them; otherwise (unknown use) required only for an
 * energy-saving project, the direction for which a review most often applies.
 */
export function energyReviewRequired(direction: DirectionCode, facts: StatedProjectFacts): boolean {
  if (facts.energyReviewApproved === true) return true;
  const tce = facts.energyTce ?? null;
  const kwh = facts.electricityKwh ?? null;
  if (
    (tce !== null && tce >= ENERGY_REVIEW_THRESHOLD.tce) ||
    (kwh !== null && kwh >= ENERGY_REVIEW_THRESHOLD.kwh)
  ) {
    return true;
  }
  if (tce !== null && kwh !== null) return false;
  return direction === 'green';
}

export const PACK_KEY_PREFIX = 'pack:';

/** The checklist key of a programme's document: "pack:<packId>/<programmeId>/<docId>". */
export function packDocumentKey(packId: string, programmeId: string, docId: string): string {
  return `${PACK_KEY_PREFIX}${packId}/${programmeId}/${docId}`;
}

export function parsePackDocumentKey(
  key: string,
): { packId: string; programmeId: string; docId: string } | null {
  if (!key.startsWith(PACK_KEY_PREFIX)) return null;
  const [packId, programmeId, docId, ...rest] = key.slice(PACK_KEY_PREFIX.length).split('/');
  if (!packId || !programmeId || !docId || rest.length > 0) return null;
  return { packId, programmeId, docId };
}

/** Spaces and the width of brackets differ between notices copying the same title. */
const normalised = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();

/**
 * The usual item a pack document stands for, if any: its id is the item's key ('-' read as '_'),
 * or its Chinese name is the item's title. Notices name the same licence or invoices their own way,
 * so a pack that means a usual item uses its key as the document id (the shipped packs do).
 */
function usualItemOf(docId: string, name: string): PolicyItem | undefined {
  const id = docId.replace(/-/g, '_');
  return POLICY_ITEMS.find((i) => i.key === id || normalised(i.title.zh) === normalised(name));
}

export interface ChecklistProject {
  direction: DirectionCode;
  statedFacts: StatedProjectFacts;
}

export interface ChosenProgramme {
  packId: string;
  programme: Pick<Programme, 'id' | 'documents'>;
}

/**
 * The project's checklist: the usual items, then the chosen programme's documents that are not one
 * of them. A document that is a usual item makes that item required when the programme requires it,
 * so the same licence is never asked for twice.
 */
export function checklistEntries(
  project: ChecklistProject,
  chosen: ChosenProgramme | null,
): ChecklistEntry[] {
  const entries = new Map<string, ChecklistEntry>(
    POLICY_ITEMS.map((i) => [
      i.key,
      {
        key: i.key,
        title: i.title,
        origin: 'policy',
        required:
          i.required === 'energy' ? energyReviewRequired(project.direction, project.statedFacts) : i.required,
      },
    ]),
  );
  for (const doc of chosen?.programme.documents ?? []) {
    const usual = usualItemOf(doc.id, doc.name.zh);
    if (usual) {
      const entry = entries.get(usual.key)!;
      entry.required ||= doc.required;
      continue;
    }
    const key = packDocumentKey(chosen!.packId, chosen!.programme.id, doc.id);
    entries.set(key, { key, title: both(doc.name), origin: 'programme', required: doc.required });
  }
  return [...entries.values()];
}
