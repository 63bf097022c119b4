import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../../core/core';
import { AppError } from '../../../../shared/api/errors';
import { pickText } from '../../../../shared/funding/bilingual-text';
import { evaluationReport, evaluationText } from '../../../../shared/funding/evaluation-report';
import type { FundingImportPreview } from '../../../../shared/funding/funding-api';
import { formatPackIssue } from '../../../../shared/funding/pack-text';
import { message } from '../../../../shared/i18n/messages';
import { optionalNumber, optionalString, requireString, type Flags } from '../cli-args';
import { printResult, table, UsageError, type CliContext } from '../cli-io';

export const FUNDING_FLAGS = ['project', 'enterprise', 'subject', 'subject-file', 'pack', 'file', 'out'];

function readFile(file: string): string {
  if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
  return fs.readFileSync(file, 'utf8');
}

/** The facts given as JSON, e.g. {"project": {"filed": true, "eligibleInvestmentYuan": 12000000}}. */
function subjectFlag(flags: Flags): unknown {
  const inline = optionalString(flags, 'subject');
  const file = optionalString(flags, 'subject-file');
  if (inline !== undefined && file !== undefined)
    throw new UsageError('give --subject or --subject-file, not both');
  const text = file !== undefined ? readFile(file) : inline;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(
      `--subject must be JSON, e.g. {"project": {"filed": true}}; got ${text.slice(0, 200)}`,
    );
  }
}

/**
 * `funding`: every programme for a project (its figures and its enterprise's profile), or for an
 * enterprise, with the facts given as --subject over them.
 */
async function evaluate(core: Core, flags: Flags, ctx: CliContext): Promise<number> {
  const projectId = optionalNumber(flags, 'project', { integer: true });
  const enterpriseId = optionalNumber(flags, 'enterprise', { integer: true });
  const subject = subjectFlag(flags);
  const packIds = optionalString(flags, 'pack')
    ?.split(',')
    .map((s) => s.trim());
  if (projectId === undefined && enterpriseId === undefined && subject === undefined) {
    throw new UsageError('give --project ID, --enterprise ID or --subject JSON (or --subject-file PATH)');
  }
  const evaluation = await core.call('funding.evaluate', {
    ...(projectId === undefined ? {} : { projectId }),
    ...(enterpriseId === undefined ? {} : { enterpriseId }),
    ...(subject === undefined ? {} : { subject: subject as never }),
    ...(packIds ? { packIds } : {}),
  });
  printResult(ctx, evaluationReport(evaluation, ctx.lang), () => evaluationText(evaluation, ctx.lang));
  return 0;
}

/** A pack's mistakes are shown at their place inside the pack, as `programmes[2].support.rate`. */
function reportPackIssues(ctx: CliContext, e: unknown): number {
  if (!(e instanceof AppError) || e.code !== 'VALIDATION') throw e;
  const lines = e.issues.map((i) => formatPackIssue(ctx.lang, i));
  ctx.err(
    ctx.json
      ? JSON.stringify({ error: e.toWire(), message: lines.join('\n') })
      : [message(ctx.lang, 'error.VALIDATION'), ...lines.map((l) => `  - ${l}`)].join('\n'),
  );
  return 1;
}

async function importPack(core: Core, flags: Flags, ctx: CliContext): Promise<number> {
  const text = readFile(requireString(flags, 'file'));
  const dryRun = flags['dry-run'] === true;
  let result: FundingImportPreview;
  try {
    result = await core.call(dryRun ? 'funding.packs.importPreview' : 'funding.packs.import', { text });
  } catch (e) {
    return reportPackIssues(ctx, e);
  }
  const count = (list: unknown[]) => list.length;
  printResult(ctx, { ...result, dryRun }, () =>
    message(ctx.lang, dryRun ? 'funding.importPreview' : 'funding.imported', {
      name: pickText(ctx.lang, result.pack.name),
      added: count(result.added),
      changed: count(result.changed),
      removed: count(result.removed),
      unchanged: count(result.unchanged),
    }),
  );
  return 0;
}

async function packs(core: Core, ctx: CliContext): Promise<number> {
  const list = await core.call('funding.packs.list', {});
  const t = (key: string) => message(ctx.lang, `funding.${key}`);
  printResult(ctx, list, () =>
    table(
      [t('colPack'), t('colName'), t('colOrigin'), t('colProgrammes')],
      list.map((p) => [p.id, pickText(ctx.lang, p.name), t(`origin_${p.origin}`), p.programmes]),
    ),
  );
  return 0;
}

async function exportPack(core: Core, flags: Flags, ctx: CliContext): Promise<number> {
  const { text } = await core.call('funding.packs.export', { id: requireString(flags, 'pack') });
  const out = optionalString(flags, 'out');
  if (out === undefined) {
    ctx.out(text.trimEnd());
    return 0;
  }
  fs.writeFileSync(out, text);
  printResult(ctx, { path: path.resolve(out) }, () =>
    message(ctx.lang, 'funding.exported', { path: path.resolve(out) }),
  );
  return 0;
}

export async function fundingCommand(
  core: Core,
  action: string | undefined,
  flags: Flags,
  ctx: CliContext,
): Promise<number> {
  switch (action) {
    case undefined:
      return evaluate(core, flags, ctx);
    case 'packs':
      return packs(core, ctx);
    case 'export':
      return exportPack(core, flags, ctx);
    case 'import':
      return importPack(core, flags, ctx);
    case 'delete': {
      const deleted = await core.call('funding.packs.delete', { id: requireString(flags, 'pack') });
      printResult(ctx, deleted, () =>
        message(ctx.lang, 'funding.deleted', { name: pickText(ctx.lang, deleted.name) }),
      );
      return 0;
    }
    case 'reset': {
      const id = optionalString(flags, 'pack');
      const list = await core.call('funding.packs.reset', id === undefined ? {} : { id });
      printResult(ctx, list, () => message(ctx.lang, 'funding.reset'));
      return 0;
    }
    default:
      throw new UsageError(`unknown funding command "${action}" (packs, export, import, delete, reset)`);
  }
}
