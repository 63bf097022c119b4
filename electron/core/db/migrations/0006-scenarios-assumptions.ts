export default {
  version: 6,
  name: 'stored opportunity assumptions per enterprise; scenarios comparing sets of projects',
  sql: /* sql */ `
    -- The finder's assumptions the user set for an enterprise (the OpportunityAssumptionsSchema
    -- input, only the keys the user changed); a request that gives none uses these. No row: defaults.
    CREATE TABLE opportunity_assumptions (
      enterprise_id INTEGER PRIMARY KEY REFERENCES enterprise (id) ON DELETE CASCADE,
      assumptions_json TEXT NOT NULL CHECK (json_valid(assumptions_json)),
      updated_at TEXT NOT NULL
    );

    -- A named set of projects to compare with other sets. A project may be in several scenarios;
    -- purging a project takes it out of them, and a deleted (restorable) one is skipped while deleted.
    CREATE TABLE scenario (
      id INTEGER PRIMARY KEY,
      enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      -- set while deleted but still restorable
      deleted_at TEXT
    );
    CREATE INDEX scenario_enterprise ON scenario (enterprise_id);

    CREATE TABLE scenario_project (
      scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
      project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
      -- the order the user listed the projects in
      position INTEGER NOT NULL,
      PRIMARY KEY (scenario_id, project_id)
    ) WITHOUT ROWID;
    CREATE INDEX scenario_project_project ON scenario_project (project_id);
  `,
};
