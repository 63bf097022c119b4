/**
 * The programme a project applies to, stored as "<packId>/<programmeId>" in project.target_programme.
 * Its pack's documents join the attachment checklist and its eligibility counts in the application
 * readiness. A pack edited or deleted later can leave the reference pointing nowhere: it is then
 * read as chosen but no longer in force, never silently dropped.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { FundingPack, Programme } from '../../../shared/funding/pack-schema';
import { FundingPackStore } from '../funding/funding-pack-store';
import { draftProject } from './draft-project';

export interface ProgrammeInForce {
  ref: string;
  packId: string;
  programme: Programme;
}

/** Listed in a refusal; a workspace of many user packs would otherwise fill the message. */
const MAX_KNOWN_LISTED = 20;

const refOf = (packId: string, programmeId: string) => `${packId}/${programmeId}`;

export function findProgramme(packs: readonly FundingPack[], ref: string): ProgrammeInForce | null {
  const slash = ref.indexOf('/');
  const packId = ref.slice(0, slash);
  const programmeId = ref.slice(slash + 1);
  const programme = packs.find((p) => p.id === packId)?.programmes.find((p) => p.id === programmeId);
  return slash > 0 && programme ? { ref, packId, programme } : null;
}

/** The project's chosen programme in the packs in force; null when none is chosen or it is gone. */
export function targetProgrammeInForce(db: Database.Database, ref: string | null): ProgrammeInForce | null {
  if (ref === null) return null;
  return findProgramme(
    new FundingPackStore(db).packs().map((p) => p.pack),
    ref,
  );
}

/** Chooses the programme (null: none); VALIDATION at ['programme'] unless it is in the packs in force. */
export function setTargetProgramme(
  db: Database.Database,
  input: { projectId: number; programme: string | null },
): void {
  db.transaction(() => {
    draftProject(db, input.projectId);
    if (input.programme !== null) {
      const packs = new FundingPackStore(db).packs().map((p) => p.pack);
      if (!findProgramme(packs, input.programme)) {
        const refs = packs.flatMap((pack) => pack.programmes.map((p) => refOf(pack.id, p.id)));
        const known =
          refs.slice(0, MAX_KNOWN_LISTED).join(', ') + (refs.length > MAX_KNOWN_LISTED ? ', …' : '');
        throw new AppError('VALIDATION', {}, [
          {
            path: ['programme'],
            key: 'drafts.programmeUnknown',
            params: { programme: input.programme, known },
          },
        ]);
      }
    }
    db.prepare('UPDATE project SET target_programme = ? WHERE id = ?').run(input.programme, input.projectId);
  }).immediate();
}
