/**
 * `drafts.export`: the application draft of a project as Word (the app's outline, or the agency's
 * own template filled in), as an Excel workbook of its tables, or as PDF printed from the print
 * view. Every output renders the one DraftModel, so a figure reads the same in each of them and in
 * the app.
 */
import fs from 'node:fs';
import { AppError } from '../../../shared/api/errors';
import { draftHtml } from '../../../shared/drafts/draft-html';
import type { DraftModel } from '../../../shared/drafts/draft-model';
import type { DraftExportResult, DraftFormat } from '../../../shared/drafts/drafts-api';
import { templateData, type TemplateNarratives } from '../../../shared/drafts/template-data';
import { message, type Lang } from '../../../shared/i18n/messages';
import type { HandlerContext, HandlerTable } from '../api/handler-types';
import { safeFileName } from '../files/file-registry';
import { chartPng } from './chart-png';
import { writeDocxDraft } from './docx-draft';
import { loadDraftModel } from './draft-inputs';
import { loadNarratives } from './narrative-store';
import { fillTemplate, MAX_TEMPLATE_BYTES } from './template-fill';
import { writeXlsxDraft } from './xlsx-draft';

interface Written {
  bytes: Buffer;
  /** Placeholders of the agency's template the app had no value for. */
  unknownTags: string[];
  /** The template's own name, which the filled file is named after. */
  templateName: string | null;
}

/**
 * "<项目名>-申请报告.docx", "<项目名>-申请报告表格.xlsx", or "<项目名>-<模板名>.docx" for a filled template:
 * the name a download is offered under and the CLI writes.
 */
export function draftFileName(
  projectName: string,
  format: DraftFormat,
  lang: Lang,
  templateName: string | null = null,
): string {
  // Cut so that the whole name, extension included, stays within safeFileName's length.
  const project = [...safeFileName(projectName, 'project')].slice(0, 100).join('');
  const what =
    templateName !== null
      ? [...safeFileName(templateName.replace(/\.docx$/i, ''), 'template')].slice(0, 60).join('')
      : message(lang, format === 'xlsx' ? 'draftDoc.fileTables' : 'draftDoc.fileDraft');
  return safeFileName(`${project}-${what}.${format}`);
}

function narratives(ctx: HandlerContext, projectId: number, lang: Lang): TemplateNarratives {
  return Object.fromEntries(
    loadNarratives(ctx.db(), { projectId, lang }).flatMap((n) => (n.body === null ? [] : [[n.key, n.body]])),
  );
}

function readTemplate(ctx: HandlerContext, fileId: string): { bytes: Buffer; name: string } {
  const file = ctx.files.resolve(fileId, 'read');
  let size: number;
  try {
    size = fs.statSync(file.path).size;
  } catch {
    throw new AppError('FILE_UNREADABLE', { name: file.name });
  }
  // Checked before reading, so a huge file is never loaded into memory.
  if (size > MAX_TEMPLATE_BYTES)
    throw new AppError('FILE_TOO_LARGE', { name: file.name, maximum: MAX_TEMPLATE_BYTES });
  if (size === 0) throw new AppError('FILE_EMPTY', { name: file.name });
  return { bytes: fs.readFileSync(file.path), name: file.name };
}

async function render(
  ctx: HandlerContext,
  model: DraftModel,
  format: DraftFormat,
  template: string | undefined,
): Promise<Written> {
  switch (format) {
    case 'docx': {
      if (template === undefined) {
        return { bytes: await writeDocxDraft(model, { chartPng }), unknownTags: [], templateName: null };
      }
      const source = readTemplate(ctx, template);
      const data = templateData(model, narratives(ctx, model.facts.project.id, model.lang));
      const filled = fillTemplate(source.bytes, data, source.name);
      return { bytes: filled.buffer, unknownTags: filled.unknownTags, templateName: source.name };
    }
    case 'xlsx':
      return { bytes: await writeXlsxDraft(model), unknownTags: [], templateName: null };
    case 'pdf': {
      if (!ctx.printPdf) throw new AppError('PDF_UNAVAILABLE');
      return { bytes: await ctx.printPdf(draftHtml(model)), unknownTags: [], templateName: null };
    }
  }
}

/** Written beside the target and renamed into place, so a failed export never leaves half a file. */
function writeFile(path: string, bytes: Buffer): void {
  const partial = `${path}.partial`;
  try {
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, path);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

export const draftExportHandlers = {
  'drafts.export': async (ctx, { projectId, format, lang, template, target }) => {
    if (template !== undefined && format !== 'docx') {
      throw new AppError('VALIDATION', {}, [
        { path: ['template'], key: 'draftTemplate.docxOnly', params: {} },
      ]);
    }
    const model = loadDraftModel(ctx.db(), ctx.now, { projectId, lang: lang ?? 'zh-CN' });
    const written = await render(ctx, model, format, template);
    const out = ctx.files.output(
      target,
      draftFileName(model.facts.project.name, format, model.lang, written.templateName),
    );
    writeFile(out.path, written.bytes);
    const result: DraftExportResult = {
      file: ctx.files.written(out.ref.fileId),
      format,
      gaps: model.gaps.length,
      unknownTags: written.unknownTags,
    };
    return result;
  },
} satisfies Partial<HandlerTable>;
