/**
 * `export workspace` and `import workspace`: one enterprise as a `.retrofit` file, out of one
 * workspace and into another (docs/retrofit-format.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../../core/core';
import { safeFileName } from '../../../core/files/file-registry';
import { RETROFIT_EXTENSION, type HandoffPartChange } from '../../../../shared/handoff/handoff-api';
import { optionalNumber, optionalString, type Flags } from '../cli-args';
import { printResult, table, UsageError, type CliContext } from '../cli-io';

const PART_LABELS: Record<HandoffPartChange['part'], [zh: string, en: string]> = {
  profile: ['企业档案', 'Profile'],
  equipment: ['设备台账', 'Equipment register'],
  assessments: ['自评', 'Assessments'],
  projects: ['项目', 'Projects'],
  scenarios: ['方案', 'Scenarios'],
  decisions: ['机会决定', 'Opportunity decisions'],
  narratives: ['申报文字', 'Narratives'],
  checklist: ['附件清单', 'Checklist'],
  attachments: ['附件文件', 'Attachment files'],
};

function changesTable(ctx: CliContext, changes: HandoffPartChange[]): string {
  const en = ctx.lang === 'en';
  return table(
    en
      ? ['Part', 'In file', 'Added', 'Changed', 'Removed', 'Unchanged']
      : ['内容', '文件中', '新增', '修改', '删除', '不变'],
    changes.map((c) => [
      PART_LABELS[c.part][en ? 1 : 0],
      c.incoming,
      c.added,
      c.changed,
      c.removed,
      c.unchanged,
    ]),
  );
}

export async function exportWorkspaceCommand(core: Core, flags: Flags, ctx: CliContext): Promise<number> {
  const enterpriseId = optionalNumber(flags, 'enterprise', { integer: true });
  if (enterpriseId === undefined) throw new UsageError('--enterprise is required');
  let out = optionalString(flags, 'out');
  if (out === undefined) {
    const { name } = await core.call('enterprise.get', { id: enterpriseId });
    out = safeFileName(name, 'enterprise') + RETROFIT_EXTENSION;
  }
  const target = core.files.registerWriteTarget(out).fileId;
  const result = await core.call('handoff.export', { enterpriseId, target });
  const file = path.resolve(out);
  printResult(ctx, { path: file, sizeBytes: result.file.sizeBytes, counts: result.counts }, () =>
    ctx.lang === 'en'
      ? `Exported to ${file} (${result.file.sizeBytes} bytes): ${result.counts.equipment} register rows, ${result.counts.projects} projects, ${result.counts.attachments} attachment files`
      : `已导出到 ${file}（${result.file.sizeBytes} 字节）：设备 ${result.counts.equipment} 行，项目 ${result.counts.projects} 个，附件 ${result.counts.attachments} 个`,
  );
  return 0;
}

export async function importWorkspaceCommand(
  core: Core,
  flags: Flags,
  positionals: string[],
  ctx: CliContext,
): Promise<number> {
  const file = positionals[0];
  if (!file)
    throw new UsageError('the .retrofit file to import is required: import workspace --db FILE PATH');
  if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const fileId = core.files.registerRead(file).fileId;
  const en = ctx.lang === 'en';
  if (flags['dry-run']) {
    const preview = await core.call('handoff.preview', { fileId });
    const match = preview.match;
    const target =
      flags['as-new'] && match.kind === 'update'
        ? en
          ? `would be refused: enterprise ${match.enterpriseId} "${match.name}" has the same USCC`
          : `将被拒绝：企业 ${match.enterpriseId}“${match.name}”的统一社会信用代码相同`
        : flags['as-new'] || match.kind === 'new'
          ? en
            ? `would add a new enterprise "${preview.enterprise.name}"`
            : `将新增企业“${preview.enterprise.name}”`
          : en
            ? `would replace the content of enterprise ${match.enterpriseId} "${match.name}" (same USCC)`
            : `将以文件内容替换企业 ${match.enterpriseId}“${match.name}”（统一社会信用代码相同）`;
    printResult(ctx, preview, () => `${target}\n${changesTable(ctx, preview.changes)}`);
    return 0;
  }
  const result = await core.call('handoff.import', { fileId, mode: flags['as-new'] ? 'new' : 'auto' });
  printResult(ctx, result, () => {
    const head = result.created
      ? en
        ? `Imported as new enterprise ${result.enterpriseId}`
        : `已作为新企业导入（编号 ${result.enterpriseId}）`
      : en
        ? `Updated enterprise ${result.enterpriseId}; the workspace before the import is in backup ${result.backup}`
        : `已更新企业 ${result.enterpriseId}；导入前的工作区已备份为 ${result.backup}`;
    return `${head}\n${changesTable(ctx, result.changes)}`;
  });
  return 0;
}
