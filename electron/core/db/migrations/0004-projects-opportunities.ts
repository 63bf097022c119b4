export default {
  version: 4,
  name: 'retrofit projects with line items, financing and benefits; decisions on proposed opportunities',
  sql: /* sql */ `
    -- amounts in integer fen; rates as fractions
    CREATE TABLE project (
      id INTEGER PRIMARY KEY,
      enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      direction TEXT NOT NULL
        CHECK (direction IN ('expand', 'intelligent', 'renewal', 'innovation', 'integration', 'green')),
      description TEXT,
      site TEXT,
      -- YYYY-MM-DD
      start_date TEXT,
      end_date TEXT,
      status TEXT NOT NULL CHECK (status IN ('draft', 'planned', 'in_progress', 'completed', 'cancelled')),
      -- [{name, date, done}], replaced as a whole
      milestones_json TEXT NOT NULL DEFAULT '[]',
      discount_rate REAL NOT NULL CHECK (discount_rate >= 0 AND discount_rate <= 1),
      horizon_years INTEGER NOT NULL CHECK (horizon_years BETWEEN 1 AND 50),
      -- the grid factor and coal coefficients chosen (JSON); unset choices take the defaults
      energy_basis_json TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      -- set while deleted but still restorable
      deleted_at TEXT
    );
    CREATE INDEX project_enterprise ON project (enterprise_id);

    CREATE TABLE project_line (
      id INTEGER PRIMARY KEY,
      project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
      category TEXT NOT NULL CHECK (category IN ('equipment', 'software', 'installation', 'construction', 'other')),
      name TEXT NOT NULL,
      model TEXT,
      quantity REAL NOT NULL CHECK (quantity > 0),
      unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
      supplier TEXT,
      origin TEXT CHECK (origin IN ('domestic', 'imported')),
      deductible_vat_rate REAL CHECK (deductible_vat_rate >= 0 AND deductible_vat_rate < 1),
      intelligent INTEGER NOT NULL DEFAULT 0 CHECK (intelligent IN (0, 1)),
      -- the accepted opportunity that added the line; undoing the acceptance removes it
      opportunity_id TEXT,
      notes TEXT
    );
    CREATE INDEX project_line_project ON project_line (project_id, opportunity_id);

    -- The register rows a line replaces, upgrades or retires. A row deleted for good (an import
    -- undone) drops its links rather than blocking the register.
    CREATE TABLE project_line_equipment (
      line_id INTEGER NOT NULL REFERENCES project_line (id) ON DELETE CASCADE,
      equipment_id INTEGER NOT NULL REFERENCES equipment (id) ON DELETE CASCADE,
      relation TEXT NOT NULL CHECK (relation IN ('replaces', 'upgrades', 'retires')),
      PRIMARY KEY (line_id, equipment_id)
    ) WITHOUT ROWID;
    CREATE INDEX project_line_equipment_row ON project_line_equipment (equipment_id);

    CREATE TABLE project_financing (
      id INTEGER PRIMARY KEY,
      project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('own', 'loan', 'leasing', 'subsidy')),
      source TEXT,
      amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
      annual_rate REAL CHECK (annual_rate >= 0 AND annual_rate <= 1),
      term_years INTEGER CHECK (term_years BETWEEN 1 AND 50),
      notes TEXT
    );
    CREATE INDEX project_financing_project ON project_financing (project_id);

    CREATE TABLE project_benefit (
      id INTEGER PRIMARY KEY,
      project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
      label TEXT,
      opportunity_id TEXT,
      -- per year; a saving may be negative (a cost added)
      annual_cost_saving_fen INTEGER NOT NULL DEFAULT 0,
      annual_output_value_fen INTEGER NOT NULL DEFAULT 0 CHECK (annual_output_value_fen >= 0),
      labour_persons REAL NOT NULL DEFAULT 0,
      other_co2_tonnes REAL NOT NULL DEFAULT 0,
      notes TEXT
    );
    CREATE INDEX project_benefit_project ON project_benefit (project_id, opportunity_id);

    -- Energy saved a year by source, in the source's unit; negative when more is used.
    CREATE TABLE project_benefit_energy (
      benefit_id INTEGER NOT NULL REFERENCES project_benefit (id) ON DELETE CASCADE,
      source TEXT NOT NULL,
      quantity REAL NOT NULL,
      PRIMARY KEY (benefit_id, source)
    ) WITHOUT ROWID;

    -- What the user decided about a proposed opportunity, by its stable id. An acceptance names
    -- its project and goes with it when the project is purged; a dismissal stays until undone.
    CREATE TABLE opportunity_decision (
      enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
      opportunity_id TEXT NOT NULL,
      decision TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
      reason TEXT,
      project_id INTEGER REFERENCES project (id) ON DELETE CASCADE,
      -- the register rows it concerned when decided, and its figures then (JSON)
      equipment_ids_json TEXT NOT NULL,
      snapshot_json TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      PRIMARY KEY (enterprise_id, opportunity_id),
      CHECK ((decision = 'accepted') = (project_id IS NOT NULL)),
      CHECK ((decision = 'dismissed') = (reason IS NOT NULL))
    ) WITHOUT ROWID;
    CREATE INDEX opportunity_decision_project ON opportunity_decision (project_id);
  `,
};
