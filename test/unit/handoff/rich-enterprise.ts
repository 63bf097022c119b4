/**
 * An enterprise with something in every part a `.retrofit` file carries, built through the API
 * where one exists and written into the migration-8 tables directly where the drafts' API is still
 * being built: a fixture register imported, rows added by hand (one without an asset code), stored
 * finder assumptions, an accepted and a dismissed proposal, a hand-made project with lines linked
 * to register rows, financing, benefits, stated facts, milestones and an energy basis, an assessment
 * with answers, a scenario, narratives, checklist rows and attachment files with their blobs.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { QUESTION_IDS } from '../../../shared/assessment/questionnaire';
import { addRows, NOW, OPPORTUNITY_REGISTER } from '../opportunities/opportunity-register';
import { fakeClock, sampleEnterprise, tempWorkspace, type TempWorkspace } from '../core/helpers';

export const USCC = '914403001922038216';
export const FIXTURE_REGISTER = path.resolve(import.meta.dirname, '../../fixtures/register-standard-200.csv');

export interface Workspace {
  ws: TempWorkspace;
  core: Core;
}

export async function openWorkspace(): Promise<Workspace> {
  const ws = tempWorkspace();
  const core = await ws.open({ now: fakeClock(NOW).now });
  return { ws, core };
}

/** Writes on a connection of its own, as another program would (the core's stays open). */
export function writeRaw(file: string, write: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = ON');
    write(db);
  } finally {
    db.close();
  }
}

export const BLOBS = {
  licence: Buffer.from('%PDF-1.4 营业执照扫描件 — 深圳市示例精密制造有限公司\n'),
  quote: crypto.createHash('sha512').update('报价单').digest(),
};
export const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

export interface RichEnterprise extends Workspace {
  enterpriseId: number;
  projectIds: { accepted: number; manual: number };
  rowIds: Record<string, number>;
}

export async function buildRichEnterprise(w?: Workspace): Promise<RichEnterprise> {
  const { ws, core } = w ?? (await openWorkspace());
  const enterpriseId = (
    await core.call(
      'enterprise.create',
      sampleEnterprise('深圳市示例精密制造有限公司', { uscc: USCC, nameEn: 'Sample Precision' }),
    )
  ).id;
  const imported = await core.call('equipment.import', {
    enterpriseId,
    fileId: core.files.registerRead(FIXTURE_REGISTER).fileId,
  });
  expect(imported.imported).toBe(200);
  const rowIds = await addRows(core, enterpriseId, OPPORTUNITY_REGISTER);
  rowIds.NOCODE = (
    await core.call('equipment.add', {
      enterpriseId,
      row: { name: '无编号的老空压机', category: 'compressor', quantity: 1, rated_kw: 18.5 },
    })
  ).id;
  // A row deleted from the register (restorable there) is not part of the hand-off.
  const gone = await core.call('equipment.add', {
    enterpriseId,
    row: { asset_code: 'GONE', name: '已删除设备' },
  });
  await core.call('equipment.delete', { enterpriseId, ids: [gone.id] });

  await core.call('opportunities.assumptions.set', {
    enterpriseId,
    assumptions: { electricityPriceYuanPerKwh: 0.85 },
  });
  const report = await core.call('opportunities.list', { enterpriseId });
  const compressors = report.opportunities.find((o) => o.rule === 'compressor_vsd');
  const generator = report.opportunities.find((o) => o.rule === 'gas_generator');
  expect(compressors && generator).toBeTruthy();
  const accepted = await core.call('projects.fromOpportunities', {
    enterpriseId,
    opportunityIds: [compressors!.id],
    project: { name: '空压站节能改造', direction: 'green' },
  });
  await core.call('opportunities.decide', {
    enterpriseId,
    opportunityId: generator!.id,
    decision: { kind: 'dismiss', reason: '明年随厂房改造一起做' },
  });

  const manual = await core.call('projects.create', {
    enterpriseId,
    name: '冲压线自动化改造',
    direction: 'intelligent',
    description: '两台老冲床换成伺服冲床，加装机械手上下料。',
    site: '宝安区福永街道',
    startDate: '2026-04-01',
    endDate: '2026-12-31',
    status: 'planned',
    milestones: [{ name: '设备到货', date: '2026-08-01' }, { name: '验收' }],
    discountRate: 0.06,
    horizonYears: 12,
    energyBasis: { gridFactor: 'southern_grid_2023' },
    statedFacts: { filed: true, energyTce: 800 },
  });
  await core.call('projects.addLine', {
    projectId: manual.id,
    line: {
      category: 'equipment',
      name: '伺服冲床',
      model: 'SP-200',
      quantity: 2,
      unitPriceFen: 45_200_000,
      supplier: '某机床厂',
      origin: 'domestic',
      deductibleVatRate: 0.13,
      intelligent: true,
      equipment: [
        { equipmentId: rowIds.O1!, relation: 'replaces' },
        { equipmentId: rowIds.NOCODE!, relation: 'retires' },
      ],
    },
  });
  await core.call('projects.addLine', {
    projectId: manual.id,
    line: { category: 'installation', name: '安装调试', quantity: 1, unitPriceFen: 3_000_000 },
  });
  await core.call('projects.addFinancing', {
    projectId: manual.id,
    financing: { kind: 'loan', source: '招商银行', amountFen: 50_000_000, annualRate: 0.035, termYears: 3 },
  });
  await core.call('projects.addFinancing', {
    projectId: manual.id,
    financing: { kind: 'own', amountFen: 46_400_000 },
  });
  await core.call('projects.addBenefit', {
    projectId: manual.id,
    benefit: {
      label: '节电与减员',
      energy: [{ source: 'electricity', quantity: 120_000 }],
      annualCostSavingFen: 18_000_000,
      labourPersons: 4,
    },
  });

  const assessment = await core.call('assessment.create', {
    enterpriseId,
    title: '2026 年自评',
    assessedOn: '2026-03-01',
  });
  for (const questionId of QUESTION_IDS.slice(0, 2)) {
    await core.call('assessment.answer', {
      assessmentId: assessment.assessment.id,
      questionId,
      rating: 'mostly',
      evidence: '见设备台账',
    });
  }
  await core.call('scenarios.create', {
    enterpriseId,
    name: '节能加智能',
    projectIds: [accepted.id, manual.id],
  });

  writeRaw(ws.file, (db) => {
    db.prepare('UPDATE project SET target_programme = ? WHERE id = ?').run(
      'sz-examples/tech-renewal',
      manual.id,
    );
    const narrative = db.prepare(
      'INSERT INTO narrative (enterprise_id, project_id, section, body, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    narrative.run(enterpriseId, null, 'organisation', '公司设总经理办公室、生产部、技术部。', NOW);
    narrative.run(enterpriseId, manual.id, 'site', '项目在现有厂房内实施，不新增用地。', NOW);
    const item = db.prepare(
      'INSERT INTO attachment_item (project_id, item_key, ready, note, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    item.run(manual.id, 'business_licence', 1, null, NOW);
    item.run(manual.id, 'quotations', 0, '还差一家报价', NOW);
    const blob = db.prepare('INSERT INTO attachment_blob (sha256, size_bytes, data) VALUES (?, ?, ?)');
    for (const b of Object.values(BLOBS)) blob.run(sha(b), b.length, b);
    const file = db.prepare(
      `INSERT INTO attachment_file (project_id, item_key, original_name, sha256, size_bytes, added_at, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    file.run(
      manual.id,
      'business_licence',
      '营业执照.pdf',
      sha(BLOBS.licence),
      BLOBS.licence.length,
      NOW,
      null,
    );
    file.run(manual.id, 'quotations', '报价单A.bin', sha(BLOBS.quote), BLOBS.quote.length, NOW, null);
    // The same licence attached twice: its blob is carried once.
    file.run(
      accepted.id,
      'business_licence',
      '营业执照.pdf',
      sha(BLOBS.licence),
      BLOBS.licence.length,
      NOW,
      null,
    );
    // A removed (restorable) file is not carried.
    file.run(manual.id, 'quotations', '旧报价.bin', sha(BLOBS.quote), BLOBS.quote.length, NOW, NOW);
  });
  return { ws, core, enterpriseId, projectIds: { accepted: accepted.id, manual: manual.id }, rowIds };
}

/** Every row of every table, in a fixed order: equal dumps mean the workspace is unchanged. */
export function dumpDb(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((t) => {
        const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
        return [t, db.prepare(`SELECT * FROM ${t} ORDER BY ${cols.map((c) => `"${c}"`).join(', ')}`).all()];
      }),
    );
  } finally {
    db.close();
  }
}
