export default {
  version: 1,
  name: 'initial: enterprises with yearly figures and energy use',
  sql: /* sql */ `
    CREATE TABLE enterprise (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      name_en TEXT,
      uscc TEXT,
      district TEXT,
      city_outside TEXT,
      industry_division TEXT,
      manufacturing_type TEXT CHECK (manufacturing_type IN ('discrete', 'process')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      -- set while an enterprise is deleted but still restorable
      deleted_at TEXT
    );
    CREATE UNIQUE INDEX enterprise_uscc_live ON enterprise (uscc) WHERE uscc IS NOT NULL AND deleted_at IS NULL;

    -- amounts in integer fen
    CREATE TABLE enterprise_year (
      enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      employees INTEGER CHECK (employees >= 0),
      revenue_fen INTEGER CHECK (revenue_fen >= 0),
      output_value_fen INTEGER CHECK (output_value_fen >= 0),
      new_product_output_fen INTEGER CHECK (new_product_output_fen >= 0),
      rnd_fen INTEGER CHECK (rnd_fen >= 0),
      fixed_assets_fen INTEGER CHECK (fixed_assets_fen >= 0),
      PRIMARY KEY (enterprise_id, year)
    ) WITHOUT ROWID;

    CREATE TABLE enterprise_energy (
      enterprise_id INTEGER NOT NULL,
      year INTEGER NOT NULL,
      source TEXT NOT NULL,
      quantity REAL NOT NULL CHECK (quantity >= 0),
      PRIMARY KEY (enterprise_id, year, source),
      FOREIGN KEY (enterprise_id, year) REFERENCES enterprise_year (enterprise_id, year) ON DELETE CASCADE
    ) WITHOUT ROWID;
  `,
};
