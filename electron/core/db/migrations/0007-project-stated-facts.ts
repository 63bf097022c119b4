export default {
  version: 7,
  name: 'facts stated for a project (filing, energy use) that its funding is judged on',
  sql: /* sql */ `
    -- The StatedProjectFactsSchema object, only the keys the user stated.
    ALTER TABLE project ADD COLUMN stated_facts_json TEXT NOT NULL DEFAULT '{}'
      CHECK (json_valid(stated_facts_json));
  `,
};
