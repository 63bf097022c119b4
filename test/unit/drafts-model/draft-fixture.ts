/**
 * A workspace for the draft model's tests: the scenario tests' register and projects (made from the
 * finder's proposals, with only the test funding pack in force), the enterprise's profile filled
 * in, a self-assessment, and the energy project completed as an application needs it: a site,
 * milestones, an imported line of its own and financing that covers the investment exactly.
 */
import Database from 'better-sqlite3';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import { openScenarioRegister, type ScenarioRegister } from '../scenarios/scenario-fixture';

export interface DraftWorkspace extends ScenarioRegister {
  /** The energy project, completed. */
  project: ProjectDetail;
}

export async function openDraftWorkspace(): Promise<DraftWorkspace> {
  const reg = await openScenarioRegister();
  const { core, enterpriseId, ids } = reg;
  await core.call('enterprise.update', {
    id: enterpriseId,
    changes: {
      uscc: '914403001922038216',
      district: 'longhua',
      years: [
        {
          year: 2025,
          employees: 320,
          revenueYuan: 25_000_000.5,
          outputValueYuan: 30_000_000,
          newProductOutputYuan: 9_000_000,
          energy: [{ source: 'electricity', quantity: 1_250_000 }],
        },
      ],
    },
  });
  await core.call('assessment.create', { enterpriseId, title: '2026 年自评', assessedOn: '2026-03-01' });
  const id = reg.energy.id;
  await core.call('projects.update', {
    id,
    changes: {
      site: '深圳市龙华区观澜街道示例工业园 3 栋',
      milestones: [
        { name: '设备招标', date: '2026-03-01', done: true },
        { name: '安装调试', date: '2026-08-15' },
        { name: '竣工验收', date: '2026-10-31' },
      ],
    },
  });
  await core.call('projects.addLine', {
    projectId: id,
    line: {
      category: 'equipment',
      name: '能源在线监测系统',
      model: 'EMS-3000',
      quantity: 1,
      unitPriceFen: 18_600_050,
      supplier: 'Siemens AG',
      origin: 'imported',
      deductibleVatRate: 0.13,
      equipment: [{ equipmentId: ids.C1!, relation: 'upgrades' }],
    },
  });
  await core.call('projects.addLine', {
    projectId: id,
    line: { category: 'installation', name: '安装调试', quantity: 1, unitPriceFen: 3_000_000, origin: null },
  });
  let project = await core.call('projects.addBenefit', {
    projectId: id,
    benefit: {
      label: '运维人员精简',
      annualCostSavingFen: 12_000_000,
      annualOutputValueFen: 50_000_000,
      labourPersons: 1.5,
      otherCo2Tonnes: 2.5,
    },
  });
  const total = project.figures.investment.totalFen;
  const loan = Math.round(total * 0.4);
  await core.call('projects.addFinancing', {
    projectId: id,
    financing: { kind: 'loan', source: '招商银行', amountFen: loan, annualRate: 0.0435, termYears: 3 },
  });
  project = await core.call('projects.addFinancing', {
    projectId: id,
    financing: { kind: 'own', source: '企业自筹', amountFen: total - loan },
  });
  return { ...reg, project };
}

/** Writes a narrative row straight into the table, from a second connection as another program would. */
export function writeNarrative(
  file: string,
  row: { enterpriseId: number; projectId: number | null; section: string; body: string },
): void {
  const db = new Database(file);
  try {
    db.prepare(
      'INSERT INTO narrative (enterprise_id, project_id, section, body, updated_at) VALUES (?, ?, ?, ?, ?)',
    ).run(row.enterpriseId, row.projectId, row.section, row.body, '2026-03-10T08:00:00.000Z');
  } finally {
    db.close();
  }
}
