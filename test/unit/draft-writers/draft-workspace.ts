/**
 * A workspace with one project complete enough to fill every table of the draft (equipment,
 * investment, financing, benefits with energy, schedule, funding, indicators, readiness), entered
 * through the API as a user would, plus helpers to read the written files back with LibreOffice
 * and poppler, the way a reviewer opens them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../../electron/core/core';
import type { MethodInput } from '../../../shared/api/contract';
import { fakeClock, tempDir, tempWorkspace, type TempWorkspace } from '../core/helpers';
import { addRows, NOW } from '../opportunities/opportunity-register';

export const DRAFT_ENTERPRISE: MethodInput<'enterprise.create'> = {
  name: '深圳市示例精密制造有限公司',
  nameEn: 'Shenzhen Example Precision Manufacturing Co., Ltd.',
  uscc: '914403001922038216',
  district: 'baoan',
  industryDivision: '39',
  manufacturingType: 'discrete',
  years: [{ year: 2025, employees: 320, revenueYuan: 25_000_000, outputValueYuan: 30_000_000 }],
};

/** Line items of the project: name, model, quantity, unit price in fen, supplier, origin. */
export const DRAFT_LINES = [
  {
    category: 'equipment',
    name: '伺服冲床',
    model: 'SP-200',
    quantity: 2,
    unitPriceFen: 45_200_000,
    supplier: '某机床厂',
    origin: 'domestic',
    deductibleVatRate: 0.13,
  },
  {
    category: 'equipment',
    name: '六轴工业机器人',
    model: 'IRB-6700',
    quantity: 3,
    unitPriceFen: 33_900_000,
    supplier: '某机器人公司',
    origin: 'imported',
    deductibleVatRate: 0.13,
    intelligent: true,
  },
  {
    category: 'equipment',
    name: '永磁变频空压机',
    model: 'VSD-55',
    quantity: 1,
    unitPriceFen: 18_080_000,
    supplier: null,
    origin: 'domestic',
    deductibleVatRate: 0.13,
  },
  {
    category: 'software',
    name: 'MES 制造执行系统',
    model: null,
    quantity: 1,
    unitPriceFen: 56_500_000,
    supplier: '某软件公司',
    origin: 'domestic',
    deductibleVatRate: 0.06,
    intelligent: true,
  },
  {
    category: 'installation',
    name: '安装调试',
    model: null,
    quantity: 1,
    unitPriceFen: 3_000_000,
    supplier: null,
    origin: null,
  },
] as const;

export interface DraftWorkspace {
  ws: TempWorkspace;
  core: Core;
  enterpriseId: number;
  projectId: number;
}

export async function draftWorkspace(): Promise<DraftWorkspace> {
  const ws = tempWorkspace();
  const core = await ws.open({ now: fakeClock(NOW).now });
  const enterpriseId = (await core.call('enterprise.create', DRAFT_ENTERPRISE)).id;
  const ids = await addRows(core, enterpriseId, {
    P1: {
      name: '老冲床',
      category: 'press',
      quantity: 2,
      rated_kw: 15,
      efficiency_class: 'IE2',
      year_commissioned: 2001,
      original_value_yuan: 80_000,
      energy_source: 'electricity',
    },
    C1: {
      name: '活塞空压机',
      category: 'compressor',
      quantity: 1,
      rated_kw: 55,
      efficiency_class: 'IE1',
      annual_hours: 5000,
      year_commissioned: 2008,
      energy_source: 'electricity',
    },
    N1: {
      name: '加工中心',
      category: 'machine_tool',
      quantity: 4,
      cnc: true,
      rated_kw: 15,
      year_commissioned: 2020,
      original_value_yuan: 2_000_000,
      energy_source: 'electricity',
    },
  });
  const project = await core.call('projects.create', {
    enterpriseId,
    name: '冲压线智能化与空压站节能改造',
    direction: 'intelligent',
    description: '以伺服冲床和工业机器人替换老旧冲床，建设 MES，空压站改用永磁变频空压机。',
    site: '深圳市宝安区福永街道示例工业园 3 栋',
    startDate: '2026-04-01',
    endDate: '2026-12-31',
    status: 'planned',
    milestones: [
      { name: '设备招标', date: '2026-05-15' },
      { name: '设备到货', date: '2026-08-01' },
      { name: '竣工验收', date: '2026-12-20' },
    ],
  });
  const projectId = project.id;
  for (const line of DRAFT_LINES) {
    await core.call('projects.addLine', {
      projectId,
      line: {
        ...line,
        ...(line.name === '伺服冲床'
          ? { equipment: [{ equipmentId: ids.P1!, relation: 'replaces' as const }] }
          : {}),
        ...(line.name === '永磁变频空压机'
          ? { equipment: [{ equipmentId: ids.C1!, relation: 'replaces' as const }] }
          : {}),
      },
    });
  }
  const total = (await core.call('projects.get', { id: projectId })).figures.investment.totalFen;
  await core.call('projects.addFinancing', {
    projectId,
    financing: {
      kind: 'loan',
      source: '某商业银行',
      amountFen: 150_000_000,
      annualRate: 0.035,
      termYears: 3,
    },
  });
  await core.call('projects.addFinancing', {
    projectId,
    financing: { kind: 'own', source: '企业自有资金', amountFen: total - 150_000_000 },
  });
  await core.call('projects.addBenefit', {
    projectId,
    benefit: {
      label: '空压站节电',
      energy: [{ source: 'electricity', quantity: 120_000 }],
      annualCostSavingFen: 9_600_000,
    },
  });
  await core.call('projects.addBenefit', {
    projectId,
    benefit: {
      label: '冲压线减员增效',
      annualCostSavingFen: 48_000_000,
      annualOutputValueFen: 300_000_000,
      labourPersons: 6,
    },
  });
  await core.call('drafts.narratives.set', {
    projectId,
    section: 'market',
    body: '公司主要为消费电子企业提供精密冲压件，近三年订单年均增长 18%。\n现有产能已不能满足客户交付要求。',
  });
  await core.call('drafts.narratives.set', {
    projectId,
    section: 'company_profile',
    body: '公司成立于 2008 年，专业从事精密五金冲压件的研发与制造。',
  });
  return { ws, core, enterpriseId, projectId };
}

/** LibreOffice, each run with its own profile so that parallel tests do not share one. */
export function soffice(args: string[], outDir: string): void {
  const profile = fs.mkdtempSync(path.join(tempDir(), 'lo-profile-'));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args, '--outdir', outDir],
    { stdio: 'pipe', timeout: 120_000 },
  );
}

/** A Word file as LibreOffice reads it: its text, its PDF's text, and the PDF's page count. */
export function readWordFile(file: string): { text: string; pdfText: string; pages: number } {
  const outDir = fs.mkdtempSync(path.join(tempDir(), 'lo-out-'));
  soffice(['--convert-to', 'txt:Text (encoded):UTF8', file], outDir);
  soffice(['--convert-to', 'pdf', file], outDir);
  const base = path.join(outDir, path.basename(file).replace(/\.docx$/i, ''));
  const text = fs.readFileSync(`${base}.txt`, 'utf8');
  const pdfText = execFileSync('pdftotext', ['-layout', `${base}.pdf`, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [`${base}.pdf`], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return { text, pdfText, pages };
}
