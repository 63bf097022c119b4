/**
 * A client's live projects as the portfolio needs them: how many there are, which are still open,
 * and the dates still ahead of them (milestones not done, planned completion, the programme's
 * closing date).
 */
import type Database from 'better-sqlite3';
import { interpolate } from '../../../shared/i18n/messages';
import type { BothLanguages } from '../../../shared/funding/bilingual-text';
import type { Milestone, ProjectStatus } from '../../../shared/projects/project-schema';
import type { ProgrammeClosing } from './programme-closing';

export interface DeadlineCandidate {
  /** YYYY-MM-DD. */
  date: string;
  what: BothLanguages;
  projectId: number;
}

export interface ClientProject {
  id: number;
  name: string;
  status: ProjectStatus;
  endDate: string | null;
  milestones: Milestone[];
  targetProgramme: string | null;
}

/** Completed and cancelled projects have nothing left to file or to meet. */
export const isOpen = (p: { status: ProjectStatus }) => p.status !== 'completed' && p.status !== 'cancelled';

// The app writes these itself, so both languages are always there (a pack's English is optional).
const WHAT = {
  milestone: { zh: '{{project}}：{{milestone}}', en: '{{project}}: {{milestone}}' },
  end: { zh: '{{project}}：计划完工', en: '{{project}}: planned completion' },
  closes: { zh: '{{programme}}申报截止（{{project}}）', en: '{{programme}} closes ({{project}})' },
} as const;

const text = (template: BothLanguages, params: Record<string, string>, programme?: BothLanguages) => ({
  zh: interpolate(template.zh, { ...params, ...(programme && { programme: programme.zh }) }),
  en: interpolate(template.en, { ...params, ...(programme && { programme: programme.en }) }),
});

interface ProjectRow {
  id: number;
  name: string;
  status: ProjectStatus;
  end_date: string | null;
  milestones_json: string;
  target_programme: string | null;
}

/** Oldest first, so that equal dates name the earlier project first. */
export function clientProjects(db: Database.Database, enterpriseId: number): ClientProject[] {
  const rows = db
    .prepare(
      `SELECT id, name, status, end_date, milestones_json, target_programme FROM project
        WHERE enterprise_id = ? AND deleted_at IS NULL ORDER BY id`,
    )
    .all(enterpriseId) as ProjectRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    endDate: r.end_date,
    milestones: JSON.parse(r.milestones_json) as Milestone[],
    targetProgramme: r.target_programme,
  }));
}

/** Every dated thing an open project still has to meet, each project's programme closing first. */
export function deadlineCandidates(
  projects: readonly ClientProject[],
  closing: (target: string | null) => ProgrammeClosing | null,
): DeadlineCandidate[] {
  return projects.filter(isOpen).flatMap((p) => {
    const project = { project: p.name };
    const out: DeadlineCandidate[] = [];
    // The closing date first: on the same day it is the one that cannot be moved.
    const window = closing(p.targetProgramme);
    if (window) {
      out.push({ date: window.closes, what: text(WHAT.closes, project, window.programme), projectId: p.id });
    }
    for (const m of p.milestones) {
      if (m.done || !m.date) continue;
      out.push({
        date: m.date,
        what: text(WHAT.milestone, { ...project, milestone: m.name }),
        projectId: p.id,
      });
    }
    if (p.endDate) out.push({ date: p.endDate, what: text(WHAT.end, project), projectId: p.id });
    return out;
  });
}

/** The earliest from `today` on (dates are YYYY-MM-DD, so text order is date order); the first listed on a tie. */
export function nearestDeadline(
  candidates: readonly DeadlineCandidate[],
  today: string,
): DeadlineCandidate | null {
  let best: DeadlineCandidate | null = null;
  for (const c of candidates) if (c.date >= today && (best === null || c.date < best.date)) best = c;
  return best;
}
