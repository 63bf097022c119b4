/**
 * The project an application belongs to, as the drafts' stores need it. Every drafts call names a
 * project: it must be live (neither it nor its enterprise deleted), else NOT_FOUND.
 */
import type Database from 'better-sqlite3';
import type { StatedProjectFacts } from '../../../shared/funding/funding-subject';
import type { DirectionCode } from '../../../shared/projects/directions';
import { rowOrNotFound } from '../db/soft-delete';

export interface DraftProject {
  id: number;
  enterpriseId: number;
  direction: DirectionCode;
  statedFacts: StatedProjectFacts;
  /** "<packId>/<programmeId>" or null. */
  targetProgramme: string | null;
}

interface Row {
  id: number;
  enterprise_id: number;
  direction: DirectionCode;
  stated_facts_json: string;
  target_programme: string | null;
}

export function draftProject(db: Database.Database, projectId: number): DraftProject {
  const row = rowOrNotFound<Row>(
    db,
    `SELECT p.id, p.enterprise_id, p.direction, p.stated_facts_json, p.target_programme
     FROM project p JOIN enterprise e ON e.id = p.enterprise_id
     WHERE p.id = ? AND p.deleted_at IS NULL AND e.deleted_at IS NULL`,
    'project',
    projectId,
  );
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    direction: row.direction,
    statedFacts: JSON.parse(row.stated_facts_json) as StatedProjectFacts,
    targetProgramme: row.target_programme,
  };
}
