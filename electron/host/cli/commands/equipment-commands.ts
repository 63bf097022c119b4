import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Core } from '../../../core/core';
import { message, type Lang } from '../../../../shared/i18n/messages';
import type { MappingChoice } from '../../../../shared/register/header-mapping';
import type { ImportIssue } from '../../../../shared/register/register-api';
import { optionalNumber, optionalString, type Flags } from '../cli-args';
import { printResult, UsageError, type CliContext } from '../cli-io';

export const EQUIPMENT_FLAGS = ['enterprise', 'sheet', 'mapping', 'format', 'out'];

function issueOut(lang: Lang, i: ImportIssue) {
  return { line: i.line, column: i.column, value: i.value, reason: message(lang, i.key, i.params) };
}

/**
 * --mapping takes a JSON object from register field to a column: its 0-based index, its header text
 * as in the file, or null for "no column" — e.g. {"rated_kw": "功率", "notes": null}.
 */
async function mappingChoice(
  core: Core,
  text: string | undefined,
  enterpriseId: number,
  fileId: string,
  sheet?: string,
) {
  if (text === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError(`--mapping must be JSON, e.g. {"rated_kw": "功率"}; got ${text}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new UsageError('--mapping must be a JSON object');
  const entries = Object.entries(raw as Record<string, unknown>);
  const needsHeaders = entries.some(([, v]) => typeof v === 'string');
  const headers = needsHeaders
    ? (await core.call('equipment.importPreview', { enterpriseId, fileId, ...(sheet ? { sheet } : {}) }))
        .headers
    : [];
  const choice: Record<string, unknown> = {};
  for (const [field, v] of entries) {
    if (typeof v === 'string') {
      const column = headers.findIndex((h) => h.trim() === v.trim());
      if (column < 0)
        throw new UsageError(`--mapping: no column "${v}" in the file (columns: ${headers.join(', ')})`);
      choice[field] = { column };
    } else if (typeof v === 'number' || v === null) choice[field] = { column: v };
    else choice[field] = v;
  }
  return choice as MappingChoice;
}

export async function equipmentCommand(
  core: Core,
  action: string,
  flags: Flags,
  positionals: string[],
  ctx: CliContext,
): Promise<number> {
  const zh = ctx.lang === 'zh-CN';
  const enterpriseId = optionalNumber(flags, 'enterprise', { integer: true });
  if (enterpriseId === undefined) throw new UsageError('--enterprise is required');
  switch (action) {
    case 'import': {
      const file = positionals[0];
      if (!file)
        throw new UsageError(
          'give the register file to import: equipment import --db FILE --enterprise ID PATH',
        );
      if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
      const ref = core.files.registerRead(file);
      const sheet = optionalString(flags, 'sheet');
      const mapping = await mappingChoice(
        core,
        optionalString(flags, 'mapping'),
        enterpriseId,
        ref.fileId,
        sheet,
      );
      // Progress on stderr, so stdout stays the result alone.
      let lastShown = -1;
      const off = core.onEvent((e) => {
        if (e.type !== 'progress' || ctx.json) return;
        const pct = e.total > 0 ? Math.floor((e.done / e.total) * 100) : 0;
        if (pct >= lastShown + 10) {
          lastShown = pct;
          ctx.err(zh ? `导入中… ${pct}%` : `Importing… ${pct}%`);
        }
      });
      try {
        const r = await core.call('equipment.import', {
          enterpriseId,
          fileId: ref.fileId,
          ...(sheet ? { sheet } : {}),
          ...(mapping ? { mapping } : {}),
          dryRun: flags['dry-run'] === true,
        });
        const out = {
          imported: r.imported,
          updated: r.updated,
          rejected: r.rejected.map((i) => issueOut(ctx.lang, i)),
          warnings: r.warnings.map((i) => issueOut(ctx.lang, i)),
          ...(r.rejectedCount > r.rejected.length ? { rejectedCount: r.rejectedCount } : {}),
          ...(r.warningCount > r.warnings.length ? { warningCount: r.warningCount } : {}),
          ...(r.dryRun ? { dryRun: true } : {}),
        };
        printResult(ctx, out, () =>
          [
            zh
              ? `${r.dryRun ? '（试导入，未写入）' : ''}新增 ${r.imported} 行，更新 ${r.updated} 行，拒绝 ${r.rejectedCount} 行，提示 ${r.warningCount} 条`
              : `${r.dryRun ? '(dry run, nothing written) ' : ''}Imported ${r.imported}, updated ${r.updated}, rejected ${r.rejectedCount}, warnings ${r.warningCount}`,
            ...out.rejected.map(
              (i) =>
                `  ${zh ? '第' : 'line '}${i.line}${zh ? ' 行' : ''} [${i.column ?? '—'}] “${i.value}”: ${i.reason}`,
            ),
          ].join('\n'),
        );
      } finally {
        off();
      }
      return 0;
    }
    case 'list':
    case 'export': {
      const format = (optionalString(flags, 'format') ?? (action === 'list' ? 'json' : undefined)) as
        'json' | 'csv' | 'xlsx' | undefined;
      if (!format || !['json', 'csv', 'xlsx'].includes(format))
        throw new UsageError('--format must be json, csv or xlsx');
      const outPath = optionalString(flags, 'out');
      if (format === 'xlsx' && !outPath) throw new UsageError('--out PATH is needed for xlsx');
      const target = outPath ? core.files.registerWriteTarget(path.resolve(outPath)).fileId : undefined;
      const r = await core.call('equipment.export', { enterpriseId, format, ...(target ? { target } : {}) });
      if (outPath) {
        if (ctx.json)
          ctx.out(JSON.stringify({ path: path.resolve(outPath), rows: r.rows, sizeBytes: r.file.sizeBytes }));
        else
          ctx.err(
            zh
              ? `已导出 ${r.rows} 行到 ${path.resolve(outPath)}`
              : `Exported ${r.rows} rows to ${path.resolve(outPath)}`,
          );
      } else {
        await pipeline(fs.createReadStream(core.files.resolve(r.file.fileId, 'read').path), process.stdout, {
          end: false,
        });
      }
      return 0;
    }
    default:
      throw new UsageError(`unknown equipment command "${action}" (import, list, export)`);
  }
}
