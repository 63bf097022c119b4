/**
 * A consultant's big workspace: 50 enterprises × 20,000 register rows, 500 projects (10 each, with
 * lines, financing and benefits) and 200 attachments. Measures opening it (`Core.open`, which runs
 * quick_check, against better-sqlite3 opening the same file and running quick_check alone), the
 * memory after opening and after every page, every page's calls for every enterprise and project,
 * and every export: each enterprise's register (CSV) and client file (.retrofit), and a Word and an
 * Excel draft of one project per enterprise.
 * Run by `npm run bench -- --only load`; the workspace is built once into bench/tmp/ws-load.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Core } from '../electron/core/core';
import type { MethodInput, MethodName } from '../shared/api/contract';
import { generate, TMP } from './bench-inputs';
import { round, spread, timed, type Measure } from './bench-stats';

const ENTERPRISES = 50;
const ROWS = 20_000;
const PROJECTS_PER_ENTERPRISE = 10;
const ATTACHMENTS = 200;
/** Distinct registers to rotate through: enough variety without generating 50 files. */
const REGISTER_FILES = 5;

const rssMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);

async function build(file: string, log: (m: string) => void): Promise<void> {
  const registers = Array.from({ length: REGISTER_FILES }, (_, i) =>
    generate(
      `load-${i}`,
      `register-20k-${i}.csv`,
      ['--rows', String(ROWS), '--seed', String(100 + i)],
      false,
    ),
  );
  const core = await Core.open({ workspacePath: file, autoBackupEveryMs: 0 });
  try {
    const started = performance.now();
    const attachment = Buffer.alloc(64 * 1024, 7);
    const attachmentFile = path.join(path.dirname(file), 'licence.pdf');
    let attached = 0;
    for (let e = 0; e < ENTERPRISES; e++) {
      const enterprise = await core.call('enterprise.create', {
        name: `负载测试企业 ${String(e + 1).padStart(2, '0')}`,
        district: 'baoan',
        industryDivision: '39',
        manufacturingType: 'discrete',
        years: [{ year: 2025, employees: 200 + e, revenueYuan: 20_000_000 + e * 100_000 }],
      });
      const register = core.files.registerRead(registers[e % REGISTER_FILES]!.file);
      await core.call('equipment.import', { enterpriseId: enterprise.id, fileId: register.fileId });
      for (let p = 0; p < PROJECTS_PER_ENTERPRISE; p++) {
        const project = await core.call('projects.create', {
          enterpriseId: enterprise.id,
          name: `改造项目 ${p + 1}`,
          direction: p % 2 ? 'green' : 'intelligent',
          startDate: '2026-03-01',
          endDate: '2026-12-31',
        });
        await core.call('projects.addLine', {
          projectId: project.id,
          line: { category: 'equipment', name: '六轴工业机器人', quantity: 2, unitPriceFen: 15_000_000 },
        });
        await core.call('projects.addFinancing', {
          projectId: project.id,
          financing: { kind: 'own', amountFen: 30_000_000 },
        });
        await core.call('projects.addBenefit', {
          projectId: project.id,
          benefit: { annualCostSavingFen: 6_000_000 },
        });
        if (attached < ATTACHMENTS && p < ATTACHMENTS / ENTERPRISES) {
          // Each file different, so the workspace holds 200 contents, not one.
          attachment.writeUInt32LE(attached, 0);
          fs.writeFileSync(attachmentFile, attachment);
          const chosen = core.files.registerRead(attachmentFile, `营业执照-${attached}.pdf`);
          await core.call('drafts.attachments.add', {
            projectId: project.id,
            itemKey: 'business_licence',
            fileId: chosen.fileId,
          });
          attached++;
        }
      }
      if ((e + 1) % 10 === 0) log(`load workspace: ${e + 1} of ${ENTERPRISES} enterprises built`);
    }
    log(`load workspace built in ${round((performance.now() - started) / 1000)} s`);
  } finally {
    core.close();
  }
}

export async function loadBench(repeats: number, log: (m: string) => void = () => {}): Promise<Measure[]> {
  const dir = path.join(TMP, 'ws-load');
  const file = path.join(dir, 'workspace.sqlite');
  const stamp = path.join(dir, 'built.json');
  if (!fs.existsSync(stamp)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    await build(file, log);
    fs.writeFileSync(stamp, JSON.stringify({ enterprises: ENTERPRISES, rows: ROWS }));
  }
  const bytes = fs.statSync(file).size;

  const openMs: number[] = [];
  const checkMs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const plain = new Database(file);
    plain.pragma('quick_check');
    plain.close();
    checkMs.push(performance.now() - t0);
    const opened = await timed(() => Core.open({ workspacePath: file, autoBackupEveryMs: 0 }));
    openMs.push(opened.ms);
    opened.result.close();
  }

  const rssBefore = rssMb();
  const core = await Core.open({ workspacePath: file, autoBackupEveryMs: 0 });
  const rssOpen = rssMb();
  let calls = 0;
  const failures: string[] = [];
  const slowest = { ms: 0, call: '' };
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    calls++;
    try {
      const { ms, result } = await timed(() => core.call(method, input));
      if (ms > slowest.ms) Object.assign(slowest, { ms, call: method });
      return result;
    } catch (e) {
      failures.push(`${method} ${JSON.stringify(input).slice(0, 80)}: ${String(e).slice(0, 120)}`);
      return null;
    }
  };
  try {
    const pages = await timed(async () => {
      await call('portfolio.list', {});
      await call('funding.packs.list', {});
      await call('backup.list', {});
      const enterprises = (await call('enterprise.list', {})) ?? [];
      for (const e of enterprises) {
        const enterpriseId = e.id;
        await call('enterprise.get', { id: enterpriseId });
        await call('equipment.page', { enterpriseId, offset: 0, limit: 100 });
        await call('equipment.page', {
          enterpriseId,
          offset: ROWS / 2,
          limit: 100,
          sort: { field: 'original_value_yuan', order: 'desc' },
        });
        await call('equipment.facets', { enterpriseId });
        await call('indicators.compute', { enterpriseId });
        await call('indicators.distributions', { enterpriseId });
        await call('readiness.compute', { enterpriseId });
        await call('assessment.list', { enterpriseId });
        await call('opportunities.list', { enterpriseId, rowLimit: 5 });
        await call('scenarios.list', { enterpriseId });
        for (const p of (await call('projects.list', { enterpriseId })) ?? []) {
          await call('projects.get', { id: p.id });
          await call('funding.evaluate', { projectId: p.id });
          await call('drafts.readiness', { projectId: p.id });
          await call('drafts.checklist.get', { projectId: p.id });
          await call('drafts.narratives.get', { projectId: p.id });
        }
      }
    });
    const rssPages = rssMb();

    let exportsDone = 0;
    const exportFailures: string[] = [];
    const exports = await timed(async () => {
      for (const e of (await core.call('enterprise.list', {})) ?? []) {
        const jobs: [string, () => Promise<{ file: { fileId: string } }>][] = [
          ['register csv', () => core.call('equipment.export', { enterpriseId: e.id, format: 'csv' })],
          ['client file', () => core.call('handoff.export', { enterpriseId: e.id })],
        ];
        const first = (await core.call('projects.list', { enterpriseId: e.id }))[0];
        if (first) {
          jobs.push([
            'draft docx',
            () => core.call('drafts.export', { projectId: first.id, format: 'docx' }),
          ]);
          jobs.push([
            'draft xlsx',
            () => core.call('drafts.export', { projectId: first.id, format: 'xlsx' }),
          ]);
        }
        for (const [what, run] of jobs) {
          try {
            const out = await run();
            core.files.release(out.file.fileId);
            exportsDone++;
          } catch (err) {
            exportFailures.push(`${e.name} ${what}: ${String(err).slice(0, 120)}`);
          }
        }
      }
    });
    const rssExports = rssMb();
    log(
      `load: open ${round(Math.min(...openMs))} ms, ${calls} page calls in ${round(pages.ms / 1000)} s ` +
        `(slowest ${slowest.call} ${round(slowest.ms)} ms, ${failures.length} failed), ${exportsDone} exports in ` +
        `${round(exports.ms / 1000)} s (${exportFailures.length} failed), RSS ${rssBefore} → ${rssOpen} → ${rssPages} → ${rssExports} MB`,
    );
    for (const f of [...failures, ...exportFailures].slice(0, 10)) log(`  failed: ${f}`);
    const size = `${ENTERPRISES} enterprises × ${ROWS} rows, ${ENTERPRISES * PROJECTS_PER_ENTERPRISE} projects, ${ATTACHMENTS} attachments; file ${round(bytes / 2 ** 20)} MB`;
    return [
      {
        id: 'load.open',
        label: 'Open the 50-client workspace (Core.open, quick_check included)',
        unit: 'ms',
        value: spread(openMs),
        baseline: { label: 'better-sqlite3 open + quick_check', value: spread(checkMs) },
        note: size,
      },
      {
        id: 'load.pages',
        label: 'Every page of every client and project (API calls of the pages)',
        unit: 'ms',
        value: spread([pages.ms]),
        note: `${calls} calls, ${failures.length} failed; slowest ${slowest.call} ${round(slowest.ms)} ms`,
      },
      {
        id: 'load.exports',
        label:
          'Every export (register CSV and client file per client, Word and Excel draft of a project each)',
        unit: 'ms',
        value: spread([exports.ms]),
        note: `${exportsDone} completed, ${exportFailures.length} failed`,
      },
      {
        id: 'load.rss',
        label: 'Memory of the process after open, pages and exports',
        unit: 'MB',
        value: spread([rssExports]),
        pick: 'worst',
        note: `RSS ${rssBefore} MB before, ${rssOpen} after open, ${rssPages} after every page, ${rssExports} after every export`,
      },
    ];
  } finally {
    core.close();
  }
}
