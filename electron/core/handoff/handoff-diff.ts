/**
 * What importing a `.retrofit` file over an existing enterprise would change, part by part. Both
 * sides are canonical content (the file's, and the workspace's read the way an export reads it);
 * items are matched by keys that mean the same in any workspace (docs/retrofit-format.md), and
 * compared without their bookkeeping times and with references spelled as those keys.
 */
import { HANDOFF_PARTS, type HandoffPart, type HandoffPartChange } from '../../../shared/handoff/handoff-api';
import type { HandoffContent } from './handoff-content';

/**
 * Its value is worked out only when an item with the same key is there to compare with: a new
 * client's 100,000 rows need no value at all, and spelling each out cost seconds.
 */
interface Item {
  key: string;
  value: () => string;
}

/** JSON with object keys sorted: equal values give equal text whatever order their keys came in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function omit<T extends object>(o: T, ...keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in o) if (Object.hasOwn(o, k) && !keys.includes(k)) out[k] = o[k];
  return out;
}

/** Each part of the content as matchable items. */
export function partItems(c: HandoffContent): Record<HandoffPart, Item[]> {
  // A register row is known by its asset code; one without a code only by everything it says.
  const rowKey = c.equipment.map((r) => r.asset_code ?? `~${stable(omit(r, 'id', 'updated_at'))}`);
  const row = (ref: number) => rowKey[ref - 1] ?? `#${ref}`;
  const projectName = (ref: number | null) => (ref === null ? '' : (c.projects[ref - 1]?.name ?? `#${ref}`));
  const opportunity = (o: string | null) => {
    const m = o === null ? null : /^([^:]+):([^:]+):@([\d,]*)$/.exec(o);
    if (!m) return o;
    const rows = m[3] === '' ? [] : m[3]!.split(',').map((r) => row(Number(r)));
    return `${m[1]}:${m[2]}:${stable(rows.sort())}`;
  };
  const item = (key: string, value: () => unknown): Item => ({ key, value: () => stable(value()) });
  const e = c.enterprise;
  return {
    profile: [
      item('profile', () => ({
        ...omit(e, 'created_at', 'updated_at', 'column_mappings', 'assumptions'),
        column_mappings: e.column_mappings.map((m) => omit(m, 'updated_at')),
        assumptions: e.assumptions?.assumptions ?? null,
      })),
    ],
    equipment: c.equipment.map((r, i) => item(rowKey[i]!, () => omit(r, 'id', 'updated_at'))),
    assessments: c.assessments.map((a) =>
      item(`${a.assessed_on}/${a.title}`, () => ({
        ...omit(a, 'created_at', 'updated_at'),
        answers: a.answers.map((q) => omit(q, 'updated_at')),
      })),
    ),
    projects: c.projects.map((p) =>
      item(p.name, () => ({
        ...omit(p, 'id', 'created_at', 'updated_at'),
        lines: p.lines.map((l) => ({
          ...l,
          opportunity: opportunity(l.opportunity),
          equipment: l.equipment.map((link) => ({ ...link, equipment: row(link.equipment) })),
        })),
        benefits: p.benefits.map((b) => ({ ...b, opportunity: opportunity(b.opportunity) })),
      })),
    ),
    scenarios: c.scenarios.map((s) => item(s.name, () => s.projects.map(projectName))),
    decisions: c.decisions.map((d) =>
      item(opportunity(d.opportunity) ?? '', () => ({
        ...omit(d, 'opportunity', 'decided_at'),
        project: projectName(d.project),
        equipment: d.equipment.map(row),
      })),
    ),
    narratives: c.narratives.map((n) => item(`${projectName(n.project)}/${n.section}`, () => n.body)),
    checklist: c.checklist.map((i) =>
      item(`${projectName(i.project)}/${i.item_key}`, () => omit(i, 'project', 'updated_at')),
    ),
    attachments: c.attachments.map((a) =>
      item(`${projectName(a.project)}/${a.item_key}/${a.original_name}`, () => [a.sha256, a.size_bytes]),
    ),
  };
}

function comparePart(part: HandoffPart, incoming: Item[], existing: Item[]): HandoffPartChange {
  const waiting = new Map<string, Item[]>();
  for (const it of existing) waiting.set(it.key, [...(waiting.get(it.key) ?? []), it]);
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const it of incoming) {
    // Items with the same key (two projects of one name) pair up in order.
    const match = waiting.get(it.key)?.shift();
    if (!match) added++;
    else if (match.value() === it.value()) unchanged++;
    else changed++;
  }
  const removed = [...waiting.values()].reduce((n, list) => n + list.length, 0);
  return { part, incoming: incoming.length, added, changed, removed, unchanged };
}

/** Per part, what the file adds, changes and removes against the existing content (null: none). */
export function compareContent(file: HandoffContent, existing: HandoffContent | null): HandoffPartChange[] {
  const incoming = partItems(file);
  const current = existing ? partItems(existing) : null;
  return HANDOFF_PARTS.map((part) => comparePart(part, incoming[part], current?.[part] ?? []));
}

/** The number of items of each part, as the export reports them. */
export function partCounts(c: HandoffContent): Record<HandoffPart, number> {
  const items = partItems(c);
  return Object.fromEntries(HANDOFF_PARTS.map((p) => [p, items[p].length])) as Record<HandoffPart, number>;
}
