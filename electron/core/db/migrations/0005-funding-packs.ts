export default {
  version: 5,
  name: 'funding rule packs the user imported or edited',
  sql: /* sql */ `
    -- The example packs live in the app's code; a row here is a pack the user imported, or the
    -- user's edit of an example under the example's id, which then shadows it until a reset.
    CREATE TABLE funding_pack (
      pack_id TEXT PRIMARY KEY CHECK (length(pack_id) BETWEEN 1 AND 80),
      -- the pack as validated JSON; NULL marks an example the user deleted
      body_json TEXT CHECK (body_json IS NULL OR json_valid(body_json)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
};
