export default {
  version: 3,
  name: 'maturity self-assessments with their answers',
  sql: /* sql */ `
    CREATE TABLE assessment (
      id INTEGER PRIMARY KEY,
      enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
      title TEXT NOT NULL CHECK (length(trim(title)) > 0),
      -- the day the assessment describes, YYYY-MM-DD
      assessed_on TEXT NOT NULL,
      manufacturing_type TEXT NOT NULL CHECK (manufacturing_type IN ('discrete', 'process')),
      -- the questionnaire the answers refer to, so a reworded question can be told from the old one
      questionnaire_version INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      -- set while deleted but still restorable
      deleted_at TEXT
    );
    CREATE INDEX assessment_enterprise ON assessment (enterprise_id, assessed_on);

    -- One row per question answered, noted or suggested; a question without a row is unanswered.
    CREATE TABLE assessment_answer (
      assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
      question_id TEXT NOT NULL,
      rating TEXT CHECK (rating IN ('fully', 'mostly', 'partly', 'not_met')),
      evidence TEXT,
      -- 1 while the rating is the register's suggestion and the user has not answered
      suggested INTEGER NOT NULL DEFAULT 0 CHECK (suggested IN (0, 1)),
      -- what the register suggested and from which figure (JSON), kept after the user answers
      suggestion_json TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (assessment_id, question_id)
    ) WITHOUT ROWID;
  `,
};
