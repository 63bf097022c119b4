/**
 * When the programme a project applies to stops taking applications: its pack's optional
 * `applicationWindow.closes`. Packs written before that field, or without it, give no date.
 */
import { both, type BothLanguages } from '../../../shared/funding/bilingual-text';
import type { FundingPack } from '../../../shared/funding/pack-schema';

export interface ProgrammeClosing {
  /** YYYY-MM-DD. */
  closes: string;
  programme: BothLanguages;
}

/** Looks up "<packId>/<programmeId>" among the packs in force; null when unknown or without a date. */
export function programmeClosings(
  packs: readonly FundingPack[],
): (target: string | null) => ProgrammeClosing | null {
  return (target) => {
    if (target === null) return null;
    const [packId, programmeId] = target.split('/', 2);
    const programme = packs.find((p) => p.id === packId)?.programmes.find((p) => p.id === programmeId);
    const closes = programme?.applicationWindow?.closes;
    return programme && closes ? { closes, programme: both(programme.name) } : null;
  };
}
