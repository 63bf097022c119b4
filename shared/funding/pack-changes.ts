/** What importing a pack would change, programme by programme, shown before anything is written. */
import { both, type BothLanguages } from './bilingual-text';
import type { FundingPack, Programme } from './pack-schema';

export interface ProgrammeRef {
  id: string;
  name: BothLanguages;
}

export interface PackChanges {
  /** add: a new pack id; replace: the pack under that id changes; unchanged: identical. */
  action: 'add' | 'replace' | 'unchanged';
  added: ProgrammeRef[];
  changed: ProgrammeRef[];
  removed: ProgrammeRef[];
  unchanged: ProgrammeRef[];
}

const ref = (p: Programme): ProgrammeRef => ({ id: p.id, name: both(p.name) });
/** Both sides come out of the schema, which fixes the key order, so equal JSON means equal content. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function packChanges(before: FundingPack | null, after: FundingPack): PackChanges {
  const old = new Map((before?.programmes ?? []).map((p) => [p.id, p]));
  const changes: PackChanges = { action: 'add', added: [], changed: [], removed: [], unchanged: [] };
  for (const p of after.programmes) {
    const previous = old.get(p.id);
    if (!previous) changes.added.push(ref(p));
    else changes[same(previous, p) ? 'unchanged' : 'changed'].push(ref(p));
  }
  const kept = new Set(after.programmes.map((p) => p.id));
  changes.removed = (before?.programmes ?? []).filter((p) => !kept.has(p.id)).map(ref);
  if (before) changes.action = same(before, after) ? 'unchanged' : 'replace';
  return changes;
}
