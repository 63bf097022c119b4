/**
 * Every table of the workspace and what a `.retrofit` file does with it, column by column. A unit
 * test holds this against the schema the migrations build, so that a migration adding a table or
 * a column cannot leave the hand-off silently losing it: the new column must be carried (and the
 * exporter and importer taught it) or be listed here as not carried, with the reason.
 */

/** Columns a carried table keeps out of the file, each with why. */
type Skipped = Record<string, string>;

const WORKSPACE_ID = "the workspace's own id: the file uses file-local ids or its parent's place";
const DELETED = 'only live rows are carried';
const OWNER = 'the row sits under its owner in the file';

export const CARRIED_TABLES: Record<string, { part: string; skipped: Skipped }> = {
  enterprise: { part: 'enterprise', skipped: { id: WORKSPACE_ID, deleted_at: DELETED } },
  enterprise_year: { part: 'enterprise.years', skipped: { enterprise_id: OWNER } },
  enterprise_energy: { part: 'enterprise.years[].energy', skipped: { enterprise_id: OWNER, year: OWNER } },
  column_mapping: { part: 'enterprise.column_mappings', skipped: { enterprise_id: OWNER } },
  opportunity_assumptions: { part: 'enterprise.assumptions', skipped: { enterprise_id: OWNER } },
  equipment: {
    part: 'equipment',
    skipped: {
      enterprise_id: OWNER,
      search_text: 'derived from code, name, model and maker; rebuilt on import',
      created_by: 'the register change set that made the row: import history is not carried',
      deleted_by: DELETED,
    },
  },
  assessment: {
    part: 'assessments',
    skipped: { id: WORKSPACE_ID, enterprise_id: OWNER, deleted_at: DELETED },
  },
  assessment_answer: { part: 'assessments[].answers', skipped: { assessment_id: OWNER } },
  project: { part: 'projects', skipped: { enterprise_id: OWNER, deleted_at: DELETED } },
  project_line: { part: 'projects[].lines', skipped: { id: WORKSPACE_ID, project_id: OWNER } },
  project_line_equipment: { part: 'projects[].lines[].equipment', skipped: { line_id: OWNER } },
  project_financing: { part: 'projects[].financing', skipped: { id: WORKSPACE_ID, project_id: OWNER } },
  project_benefit: { part: 'projects[].benefits', skipped: { id: WORKSPACE_ID, project_id: OWNER } },
  project_benefit_energy: { part: 'projects[].benefits[].energy', skipped: { benefit_id: OWNER } },
  opportunity_decision: { part: 'decisions', skipped: { enterprise_id: OWNER } },
  scenario: { part: 'scenarios', skipped: { id: WORKSPACE_ID, enterprise_id: OWNER, deleted_at: DELETED } },
  scenario_project: {
    part: 'scenarios[].projects',
    skipped: { scenario_id: OWNER, position: 'the order of the scenario’s list of projects' },
  },
  narrative: { part: 'narratives', skipped: { id: WORKSPACE_ID, enterprise_id: OWNER } },
  attachment_item: { part: 'checklist', skipped: {} },
  attachment_file: { part: 'attachments', skipped: { id: WORKSPACE_ID, deleted_at: DELETED } },
  attachment_blob: {
    part: 'attachments/<sha256> entries',
    skipped: { data: 'the entry’s bytes', size_bytes: 'the entry’s size' },
  },
};

/** Tables a `.retrofit` file does not carry, and why. */
export const NOT_CARRIED_TABLES: Record<string, string> = {
  change_set:
    "the register's import history and undo: it refers to the source workspace's rows and files, and an import starts it afresh",
  change_row: 'the rows as they were before a change set, for its undo (see change_set)',
  funding_pack:
    'funding rule packs belong to the workspace, not to one enterprise; a consultant shares them with `funding export`',
};

/** How a carried table's column is named in content.json where the name differs. */
export const RENAMED_COLUMNS: Record<string, Record<string, string>> = {
  column_mapping: { mapping_json: 'mapping' },
  opportunity_assumptions: { assumptions_json: 'assumptions' },
  assessment_answer: { suggestion_json: 'suggestion' },
  project: {
    milestones_json: 'milestones',
    energy_basis_json: 'energy_basis',
    stated_facts_json: 'stated_facts',
  },
  project_line: { opportunity_id: 'opportunity' },
  project_line_equipment: { equipment_id: 'equipment' },
  project_benefit: { opportunity_id: 'opportunity' },
  opportunity_decision: {
    opportunity_id: 'opportunity',
    project_id: 'project',
    equipment_ids_json: 'equipment',
    snapshot_json: 'snapshot',
  },
  scenario_project: { project_id: 'projects' },
  narrative: { project_id: 'project' },
  attachment_item: { project_id: 'project' },
  attachment_file: { project_id: 'project' },
};
