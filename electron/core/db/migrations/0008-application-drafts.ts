export default {
  version: 8,
  name: 'application drafts: narrative sections, attachment checklist and files, the programme a project applies to',
  sql: /* sql */ `
    -- Text the app cannot know (market, site, organisation...). A section of enterprise scope has no
    -- project and is reused by every project's draft; a project section belongs to one project.
    CREATE TABLE narrative (
      id INTEGER PRIMARY KEY,
      enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
      project_id INTEGER REFERENCES project (id) ON DELETE CASCADE,
      section TEXT NOT NULL,
      body TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX narrative_key ON narrative (enterprise_id, ifnull(project_id, 0), section);

    -- The state of one checklist item of a project (items come from DOMAIN.md §10 and the chosen
    -- programme's pack); an item with no row is not ready.
    CREATE TABLE attachment_item (
      project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
      item_key TEXT NOT NULL,
      ready INTEGER NOT NULL DEFAULT 0 CHECK (ready IN (0, 1)),
      note TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (project_id, item_key)
    ) WITHOUT ROWID;

    -- File contents, stored once per content hash so that the same licence attached to five
    -- projects costs its size once; rows no attachment_file names are purged.
    CREATE TABLE attachment_blob (
      sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
      data BLOB NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE attachment_file (
      id INTEGER PRIMARY KEY,
      project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
      item_key TEXT NOT NULL,
      original_name TEXT NOT NULL CHECK (length(original_name) > 0),
      sha256 TEXT NOT NULL REFERENCES attachment_blob (sha256),
      size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
      added_at TEXT NOT NULL,
      -- set while removed but still restorable by undo
      deleted_at TEXT
    );
    CREATE INDEX attachment_file_project ON attachment_file (project_id, item_key);
    CREATE INDEX attachment_file_blob ON attachment_file (sha256);

    -- The programme the project applies to, "<packId>/<programmeId>"; its pack's documents join the
    -- checklist. Null: not chosen yet.
    ALTER TABLE project ADD COLUMN target_programme TEXT;
  `,
};
