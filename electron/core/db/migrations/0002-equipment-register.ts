export default {
  version: 2,
  name: 'equipment register with change sets for undo and remembered column mappings',
  sql: /* sql */ `
    -- A change set is one user action on the register (an import, a bulk edit, a deletion);
    -- undoing it puts back the rows as they were before it.
    CREATE TABLE change_set (
      id INTEGER PRIMARY KEY,
      enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('import', 'edit', 'bulk-edit', 'add', 'delete')),
      label TEXT NOT NULL,
      created_at TEXT NOT NULL,
      undone_at TEXT,
      -- import details (null for other kinds)
      file_name TEXT,
      file_format TEXT,
      sheet TEXT,
      mapping_json TEXT,
      inserted_count INTEGER NOT NULL DEFAULT 0,
      updated_count INTEGER NOT NULL DEFAULT 0,
      deleted_count INTEGER NOT NULL DEFAULT 0,
      rejected_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX change_set_enterprise ON change_set (enterprise_id, id);

    CREATE TABLE equipment (
      id INTEGER PRIMARY KEY,
      enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
      -- null when the register the row came from has no asset codes; re-imports match on the code
      asset_code TEXT,
      name TEXT NOT NULL,
      category TEXT NOT NULL,
      model TEXT,
      maker TEXT,
      quantity INTEGER NOT NULL CHECK (quantity >= 1),
      year_commissioned INTEGER,
      month_commissioned INTEGER CHECK (month_commissioned BETWEEN 1 AND 12),
      original_value_fen INTEGER CHECK (original_value_fen >= 0),
      rated_kw REAL CHECK (rated_kw >= 0),
      annual_hours REAL CHECK (annual_hours >= 0 AND annual_hours <= 8784),
      load_factor REAL CHECK (load_factor >= 0 AND load_factor <= 1),
      energy_source TEXT,
      efficiency_class TEXT CHECK (efficiency_class IN ('IE1', 'IE2', 'IE3', 'IE4', 'IE5')),
      cnc INTEGER NOT NULL DEFAULT 0 CHECK (cnc IN (0, 1)),
      networked INTEGER NOT NULL DEFAULT 0 CHECK (networked IN (0, 1)),
      workshop TEXT,
      status TEXT NOT NULL CHECK (status IN ('in_service', 'under_repair', 'idle', 'to_be_retired', 'retired')),
      notes TEXT,
      -- lower-cased code, name, model and maker: one column to scan for the register's search box
      search_text TEXT NOT NULL,
      -- the change set that created the row: undoing an import deletes exactly these
      created_by INTEGER REFERENCES change_set (id) ON DELETE SET NULL,
      updated_at TEXT NOT NULL,
      -- set while deleted but restorable by undo
      deleted_by INTEGER REFERENCES change_set (id) ON DELETE SET NULL
    );
    CREATE UNIQUE INDEX equipment_code ON equipment (enterprise_id, asset_code)
      WHERE asset_code IS NOT NULL AND deleted_by IS NULL;
    CREATE INDEX equipment_live ON equipment (enterprise_id, deleted_by);
    CREATE INDEX equipment_category ON equipment (enterprise_id, category);
    CREATE INDEX equipment_status ON equipment (enterprise_id, status);
    CREATE INDEX equipment_workshop ON equipment (enterprise_id, workshop);
    CREATE INDEX equipment_year ON equipment (enterprise_id, year_commissioned);
    CREATE INDEX equipment_created_by ON equipment (created_by);
    CREATE INDEX equipment_deleted_by ON equipment (deleted_by);

    -- Rows as they were before a change set touched them (updates and deletions; inserts need none).
    CREATE TABLE change_row (
      change_set_id INTEGER NOT NULL REFERENCES change_set (id) ON DELETE CASCADE,
      equipment_id INTEGER NOT NULL,
      before_json TEXT NOT NULL,
      PRIMARY KEY (change_set_id, equipment_id)
    ) WITHOUT ROWID;

    -- The column mapping a user confirmed, per enterprise and header layout, offered again next time.
    CREATE TABLE column_mapping (
      enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
      header_signature TEXT NOT NULL,
      mapping_json TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (enterprise_id, header_signature)
    ) WITHOUT ROWID;
  `,
};
