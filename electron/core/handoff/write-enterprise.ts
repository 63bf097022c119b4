/**
 * Writes a checked `.retrofit` content into the workspace: as a new enterprise, or in place of an
 * existing one's content under the same enterprise id. Runs inside the caller's transaction; rows
 * are inserted in file order, so their new ids keep that order and a second export is identical.
 */
import type Database from 'better-sqlite3';
import { opportunityId } from '../../../shared/opportunities/find-opportunities';
import { DeferredIndexes, searchText } from '../register/equipment-repository';
import type { HandoffContent } from './handoff-content';

const flag = (b: boolean) => (b ? 1 : 0);
const text = (v: unknown) => JSON.stringify(v);

/**
 * Removes everything the enterprise owns (live and restorable rows, the register's undo history),
 * keeping the enterprise row itself so that its id stays valid.
 */
function clearEnterprise(db: Database.Database, enterpriseId: number): void {
  // Projects first: their lines, links, benefits, decisions, scenario places, narratives, checklist
  // and attachment files go with them (ON DELETE CASCADE).
  for (const table of [
    'project',
    'opportunity_decision',
    'scenario',
    'narrative',
    'assessment',
    'equipment',
    'change_set',
    'column_mapping',
    'opportunity_assumptions',
    'enterprise_year',
  ]) {
    db.prepare(`DELETE FROM ${table} WHERE enterprise_id = ?`).run(enterpriseId);
  }
}

/** Blobs no attachment file names any more (restorable ones still name theirs). */
export function purgeOrphanBlobs(db: Database.Database): void {
  db.prepare('DELETE FROM attachment_blob WHERE sha256 NOT IN (SELECT sha256 FROM attachment_file)').run();
}

export interface WriteTarget {
  /** The enterprise whose content is replaced; null adds a new enterprise. */
  replace: number | null;
  /** Inserts the blob of this hash when the workspace lacks it (the caller holds the bytes). */
  insertBlob(sha256: string): void;
  /** Told every ROWS_PER_REPORT register rows written, with how many are written. */
  onRows?(written: number): void;
}

const ROWS_PER_REPORT = 2000;

export function writeEnterpriseContent(
  db: Database.Database,
  c: HandoffContent,
  target: WriteTarget,
): number {
  const e = c.enterprise;
  // The profile's columns in the order both statements below name them.
  const profile = [
    e.name,
    e.name_en,
    e.uscc,
    e.district,
    e.city_outside,
    e.industry_division,
    e.manufacturing_type,
    e.created_at,
    e.updated_at,
  ];
  let enterpriseId: number;
  if (target.replace === null) {
    enterpriseId = Number(
      db
        .prepare(
          `INSERT INTO enterprise (name, name_en, uscc, district, city_outside, industry_division,
             manufacturing_type, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...profile).lastInsertRowid,
    );
  } else {
    enterpriseId = target.replace;
    clearEnterprise(db, enterpriseId);
    db.prepare(
      `UPDATE enterprise SET name = ?, name_en = ?, uscc = ?, district = ?, city_outside = ?,
         industry_division = ?, manufacturing_type = ?, created_at = ?, updated_at = ? WHERE id = ?`,
    ).run(...profile, enterpriseId);
  }

  const insertYear = db.prepare(
    `INSERT INTO enterprise_year (enterprise_id, year, employees, revenue_fen, output_value_fen,
       new_product_output_fen, rnd_fen, fixed_assets_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEnergy = db.prepare(
    'INSERT INTO enterprise_energy (enterprise_id, year, source, quantity) VALUES (?, ?, ?, ?)',
  );
  for (const y of e.years) {
    insertYear.run(
      enterpriseId,
      y.year,
      y.employees,
      y.revenue_fen,
      y.output_value_fen,
      y.new_product_output_fen,
      y.rnd_fen,
      y.fixed_assets_fen,
    );
    for (const en of y.energy) insertEnergy.run(enterpriseId, y.year, en.source, en.quantity);
  }
  const insertMapping = db.prepare(
    'INSERT INTO column_mapping (enterprise_id, header_signature, mapping_json, updated_at) VALUES (?, ?, ?, ?)',
  );
  for (const m of e.column_mappings)
    insertMapping.run(enterpriseId, m.header_signature, text(m.mapping), m.updated_at);
  if (e.assumptions) {
    db.prepare(
      'INSERT INTO opportunity_assumptions (enterprise_id, assumptions_json, updated_at) VALUES (?, ?, ?)',
    ).run(enterpriseId, text(e.assumptions.assumptions), e.assumptions.updated_at);
  }

  const equipmentId: number[] = [];
  // A big client's rows go in with the register's secondary indexes set aside, as an import's do.
  const indexes = new DeferredIndexes(db, c.equipment.length);
  const insertEquipment = db.prepare(
    `INSERT INTO equipment (enterprise_id, asset_code, name, category, model, maker, quantity,
       year_commissioned, month_commissioned, original_value_fen, rated_kw, annual_hours, load_factor,
       energy_source, efficiency_class, cnc, networked, workshop, status, notes, search_text, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of c.equipment) {
    if (r.id % ROWS_PER_REPORT === 0) target.onRows?.(r.id);
    equipmentId[r.id] = Number(
      insertEquipment.run(
        enterpriseId,
        r.asset_code,
        r.name,
        r.category,
        r.model,
        r.maker,
        r.quantity,
        r.year_commissioned,
        r.month_commissioned,
        r.original_value_fen,
        r.rated_kw,
        r.annual_hours,
        r.load_factor,
        r.energy_source,
        r.efficiency_class,
        flag(r.cnc),
        flag(r.networked),
        r.workshop,
        r.status,
        r.notes,
        searchText(r),
        r.updated_at,
      ).lastInsertRowid,
    );
  }
  indexes.restore();
  const rowId = (ref: number) => equipmentId[ref] as number;
  // The file names a proposal by its rows; this workspace's id hashes the rows' new ids.
  const opportunity = (value: string | null): string | null => {
    if (value === null) return null;
    const m = /^([^:]+):([^:]+):@([\d,]*)$/.exec(value);
    if (!m) return value;
    const refs = m[3] === '' ? [] : m[3]!.split(',').map(Number);
    return opportunityId(m[1]!, m[2]!, refs.map(rowId));
  };

  const insertAssessment = db.prepare(
    `INSERT INTO assessment (enterprise_id, title, assessed_on, manufacturing_type, questionnaire_version,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAnswer = db.prepare(
    `INSERT INTO assessment_answer (assessment_id, question_id, rating, evidence, suggested, suggestion_json,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const a of c.assessments) {
    const id = insertAssessment.run(
      enterpriseId,
      a.title,
      a.assessed_on,
      a.manufacturing_type,
      a.questionnaire_version,
      a.created_at,
      a.updated_at,
    ).lastInsertRowid;
    for (const q of a.answers) {
      insertAnswer.run(
        id,
        q.question_id,
        q.rating,
        q.evidence,
        flag(q.suggested),
        q.suggestion === null ? null : text(q.suggestion),
        q.updated_at,
      );
    }
  }

  const projectId: number[] = [];
  const insertProject = db.prepare(
    `INSERT INTO project (enterprise_id, name, direction, description, site, start_date, end_date, status,
       milestones_json, discount_rate, horizon_years, energy_basis_json, stated_facts_json, target_programme,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = db.prepare(
    `INSERT INTO project_line (project_id, category, name, model, quantity, unit_price_fen, supplier, origin,
       deductible_vat_rate, intelligent, opportunity_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLink = db.prepare(
    'INSERT INTO project_line_equipment (line_id, equipment_id, relation) VALUES (?, ?, ?)',
  );
  const insertFinancing = db.prepare(
    `INSERT INTO project_financing (project_id, kind, source, amount_fen, annual_rate, term_years, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBenefit = db.prepare(
    `INSERT INTO project_benefit (project_id, label, opportunity_id, annual_cost_saving_fen,
       annual_output_value_fen, labour_persons, other_co2_tonnes, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBenefitEnergy = db.prepare(
    'INSERT INTO project_benefit_energy (benefit_id, source, quantity) VALUES (?, ?, ?)',
  );
  for (const p of c.projects) {
    const id = Number(
      insertProject.run(
        enterpriseId,
        p.name,
        p.direction,
        p.description,
        p.site,
        p.start_date,
        p.end_date,
        p.status,
        text(p.milestones),
        p.discount_rate,
        p.horizon_years,
        text(p.energy_basis),
        text(p.stated_facts),
        p.target_programme,
        p.created_at,
        p.updated_at,
      ).lastInsertRowid,
    );
    projectId[p.id] = id;
    for (const l of p.lines) {
      const lineId = insertLine.run(
        id,
        l.category,
        l.name,
        l.model,
        l.quantity,
        l.unit_price_fen,
        l.supplier,
        l.origin,
        l.deductible_vat_rate,
        flag(l.intelligent),
        opportunity(l.opportunity),
        l.notes,
      ).lastInsertRowid;
      for (const link of l.equipment) insertLink.run(lineId, rowId(link.equipment), link.relation);
    }
    for (const f of p.financing) {
      insertFinancing.run(id, f.kind, f.source, f.amount_fen, f.annual_rate, f.term_years, f.notes);
    }
    for (const b of p.benefits) {
      const benefitId = insertBenefit.run(
        id,
        b.label,
        opportunity(b.opportunity),
        b.annual_cost_saving_fen,
        b.annual_output_value_fen,
        b.labour_persons,
        b.other_co2_tonnes,
        b.notes,
      ).lastInsertRowid;
      for (const en of b.energy) insertBenefitEnergy.run(benefitId, en.source, en.quantity);
    }
  }
  const project = (ref: number) => projectId[ref] as number;

  const insertDecision = db.prepare(
    `INSERT INTO opportunity_decision (enterprise_id, opportunity_id, decision, reason, project_id,
       equipment_ids_json, snapshot_json, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const d of c.decisions) {
    insertDecision.run(
      enterpriseId,
      opportunity(d.opportunity),
      d.decision,
      d.reason,
      d.project === null ? null : project(d.project),
      text(d.equipment.map(rowId)),
      text(d.snapshot),
      d.decided_at,
    );
  }

  const insertScenario = db.prepare(
    'INSERT INTO scenario (enterprise_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const insertScenarioProject = db.prepare(
    'INSERT OR IGNORE INTO scenario_project (scenario_id, project_id, position) VALUES (?, ?, ?)',
  );
  for (const s of c.scenarios) {
    const id = insertScenario.run(enterpriseId, s.name, s.created_at, s.updated_at).lastInsertRowid;
    s.projects.forEach((ref, position) => insertScenarioProject.run(id, project(ref), position));
  }

  const insertNarrative = db.prepare(
    'INSERT INTO narrative (enterprise_id, project_id, section, body, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const n of c.narratives) {
    insertNarrative.run(
      enterpriseId,
      n.project === null ? null : project(n.project),
      n.section,
      n.body,
      n.updated_at,
    );
  }
  const insertItem = db.prepare(
    'INSERT INTO attachment_item (project_id, item_key, ready, note, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const i of c.checklist)
    insertItem.run(project(i.project), i.item_key, flag(i.ready), i.note, i.updated_at);
  const insertFile = db.prepare(
    `INSERT INTO attachment_file (project_id, item_key, original_name, sha256, size_bytes, added_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const sha of new Set(c.attachments.map((a) => a.sha256))) target.insertBlob(sha);
  for (const a of c.attachments) {
    insertFile.run(project(a.project), a.item_key, a.original_name, a.sha256, a.size_bytes, a.added_at);
  }
  purgeOrphanBlobs(db);
  return enterpriseId;
}
