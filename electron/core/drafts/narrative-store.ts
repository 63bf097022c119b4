/**
 * The narrative sections of a project's application (shared/drafts/narrative-sections.ts). A section
 * of enterprise scope is one row per enterprise (project_id NULL) that every project of the
 * enterprise shows and edits; a project section is the project's own.
 */
import type Database from 'better-sqlite3';
import type { NarrativeView } from '../../../shared/drafts/drafts-api';
import {
  NARRATIVE_SECTIONS,
  narrativeSection,
  type NarrativeSectionKey,
} from '../../../shared/drafts/narrative-sections';
import type { Lang } from '../../../shared/i18n/messages';
import { draftProject } from './draft-project';

interface Row {
  section: string;
  body: string;
  updated_at: string;
}

const titleIn = (lang: Lang, s: { zh: string; en: string }) => (lang === 'en' ? s.en : s.zh);

/** Whitespace alone says nothing: such a section is as missing as an empty one. */
export const isBlank = (body: string) => body.trim() === '';

/** Every section in outline order, with its text or null when not written yet. */
export function loadNarratives(
  db: Database.Database,
  input: { projectId: number; lang: Lang },
): NarrativeView[] {
  const project = draftProject(db, input.projectId);
  const rows = db
    .prepare(
      `SELECT section, body, updated_at, project_id IS NULL AS shared FROM narrative
       WHERE enterprise_id = ? AND (project_id IS NULL OR project_id = ?)`,
    )
    .all(project.enterpriseId, project.id) as (Row & { shared: number })[];
  return NARRATIVE_SECTIONS.map((s) => {
    const row = rows.find((r) => r.section === s.key && r.shared === (s.scope === 'enterprise' ? 1 : 0));
    return {
      key: s.key,
      scope: s.scope,
      title: titleIn(input.lang, s),
      body: row?.body ?? null,
      updatedAt: row?.updated_at ?? null,
    };
  });
}

/**
 * Writes one section as typed (leading full-width spaces indent Chinese paragraphs, so nothing is
 * trimmed); a blank text deletes it, so the draft marks it missing again.
 */
export function setNarrative(
  db: Database.Database,
  now: () => Date,
  input: { projectId: number; section: NarrativeSectionKey; body: string },
  lang: Lang = 'zh-CN',
): NarrativeView {
  const section = narrativeSection(input.section);
  return db
    .transaction(() => {
      const project = draftProject(db, input.projectId);
      const projectId = section.scope === 'enterprise' ? null : project.id;
      db.prepare(`DELETE FROM narrative WHERE enterprise_id = ? AND project_id IS ? AND section = ?`).run(
        project.enterpriseId,
        projectId,
        section.key,
      );
      if (!isBlank(input.body)) {
        db.prepare(
          `INSERT INTO narrative (enterprise_id, project_id, section, body, updated_at) VALUES (?, ?, ?, ?, ?)`,
        ).run(project.enterpriseId, projectId, section.key, input.body, now().toISOString());
      }
      return loadNarratives(db, { projectId: project.id, lang }).find((n) => n.key === section.key)!;
    })
    .immediate();
}
