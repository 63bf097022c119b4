/**
 * `export draft`: application drafts of one project, of every project of an enterprise, or of the
 * whole workspace, in one run — Word, Excel and PDF — through `drafts.export`, the call the app
 * makes. A draft that fails (no Chromium for the PDF, a broken template) is listed and the others
 * are still written; the exit code says failure only when nothing could be written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Core } from '../../../core/core';
import { draftFileName } from '../../../core/drafts/draft-export-handlers';
import { AppError } from '../../../../shared/api/errors';
import { DRAFT_FORMATS, type DraftFormat } from '../../../../shared/drafts/drafts-api';
import { formatError, LANGS, message, type Lang } from '../../../../shared/i18n/messages';
import { chromiumPdfPrinter } from '../../print/chromium-pdf';
import { optionalNumber, optionalString, requireString, type Flags } from '../cli-args';
import { printResult, UsageError, withCore, type CliContext } from '../cli-io';

export const DRAFT_EXPORT_FLAGS = ['project', 'enterprise', 'format', 'out', 'lang', 'template'];

interface ProjectRef {
  id: number;
  enterpriseId: number;
  name: string;
}

export interface DraftFileOut {
  project: number;
  enterprise: number;
  format: DraftFormat;
  path: string;
  gaps: number;
  /** Placeholders of the --template the app had no value for (empty without a template). */
  unknownTags: string[];
}

export interface DraftFailure {
  project: number;
  enterprise: number;
  format: DraftFormat;
  code: string;
  error: string;
}

function formats(flags: Flags): DraftFormat[] {
  const text = optionalString(flags, 'format') ?? 'docx';
  const list = [...new Set(text.split(',').map((f) => f.trim().toLowerCase()))].filter((f) => f !== '');
  const wrong = list.find((f) => !(DRAFT_FORMATS as readonly string[]).includes(f));
  if (wrong !== undefined || list.length === 0) {
    throw new UsageError(`--format takes ${DRAFT_FORMATS.join(', ')} separated by commas, got "${text}"`);
  }
  return list as DraftFormat[];
}

function draftLang(flags: Flags): Lang {
  const text = optionalString(flags, 'lang') ?? 'zh-CN';
  const lang = LANGS.find((l) => l.toLowerCase() === text.toLowerCase() || (text === 'zh' && l === 'zh-CN'));
  if (!lang) throw new UsageError(`--lang takes ${LANGS.join(' or ')}, got "${text}"`);
  return lang;
}

async function projectsToExport(core: Core, flags: Flags): Promise<ProjectRef[]> {
  const project = optionalNumber(flags, 'project', { integer: true });
  const enterprise = optionalNumber(flags, 'enterprise', { integer: true });
  const all = flags.all === true;
  if ([project !== undefined, enterprise !== undefined, all].filter(Boolean).length !== 1) {
    throw new UsageError('give exactly one of --project ID, --enterprise ID or --all');
  }
  if (project !== undefined) {
    const p = await core.call('projects.get', { id: project });
    return [{ id: p.id, enterpriseId: p.enterpriseId, name: p.name }];
  }
  const enterprises =
    enterprise !== undefined
      ? [(await core.call('enterprise.get', { id: enterprise })).id]
      : (await core.call('enterprise.list', {})).map((e) => e.id);
  const out: ProjectRef[] = [];
  for (const enterpriseId of enterprises) {
    for (const p of await core.call('projects.list', { enterpriseId })) {
      out.push({ id: p.id, enterpriseId, name: p.name });
    }
  }
  // Oldest first, so a second project of the same name is the one whose file name gets its id.
  return out.sort((a, b) => a.enterpriseId - b.enterpriseId || a.id - b.id);
}

/** Two projects of the same name (in two enterprises, say) must not overwrite each other's files. */
function uniquePath(dir: string, name: string, projectId: number, taken: Set<string>): string {
  let file = path.join(dir, name);
  if (taken.has(file.toLowerCase())) {
    const ext = path.extname(name);
    file = path.join(dir, `${name.slice(0, -ext.length)}-${projectId}${ext}`);
  }
  taken.add(file.toLowerCase());
  return file;
}

function describe(lang: Lang, files: DraftFileOut[], failed: DraftFailure[]): string {
  const t = (key: string, params = {}) => message(lang, `draftCli.${key}`, params);
  if (files.length === 0 && failed.length === 0) return t('noProjects');
  return [
    ...files.flatMap((f) => [
      t('written', { path: f.path, gaps: f.gaps }),
      ...(f.unknownTags.length > 0 ? [t('unknownTags', { tags: f.unknownTags.join(', ') })] : []),
    ]),
    ...failed.map((f) => t('failed', { project: f.project, format: f.format, error: f.error })),
    t('summary', { written: files.length, failed: failed.length }),
  ].join('\n');
}

export async function exportDraftCommand(dbPath: string, flags: Flags, ctx: CliContext): Promise<number> {
  const wanted = formats(flags);
  const lang = draftLang(flags);
  const outDir = path.resolve(requireString(flags, 'out'));
  const templatePath = optionalString(flags, 'template');
  if (templatePath !== undefined && !wanted.includes('docx')) {
    throw new UsageError('--template fills the Word draft: add docx to --format');
  }
  // Chromium is looked for only when a PDF is asked for; without one the PDFs fail with a clear
  // message and the other formats are still written.
  const printPdf = wanted.includes('pdf') ? (chromiumPdfPrinter() ?? undefined) : undefined;
  return withCore(
    () => Core.open({ workspacePath: dbPath, printPdf }),
    async (core) => {
      const projects = await projectsToExport(core, flags);
      const template =
        templatePath === undefined ? undefined : core.files.registerRead(path.resolve(templatePath)).fileId;
      fs.mkdirSync(outDir, { recursive: true });
      const files: DraftFileOut[] = [];
      const failed: DraftFailure[] = [];
      const taken = new Set<string>();
      for (const p of projects) {
        for (const format of wanted) {
          const useTemplate = format === 'docx' ? template : undefined;
          const templateName = useTemplate === undefined ? null : path.basename(templatePath!);
          const file = uniquePath(outDir, draftFileName(p.name, format, lang, templateName), p.id, taken);
          const target = core.files.registerWriteTarget(file);
          try {
            const result = await core.call('drafts.export', {
              projectId: p.id,
              format,
              lang,
              target: target.fileId,
              ...(useTemplate === undefined ? {} : { template: useTemplate }),
            });
            files.push({
              project: p.id,
              enterprise: p.enterpriseId,
              format,
              path: file,
              gaps: result.gaps,
              unknownTags: result.unknownTags,
            });
          } catch (e) {
            const wire = e instanceof AppError ? e.toWire() : new AppError('INTERNAL').toWire();
            if (!(e instanceof AppError)) ctx.err(String(e instanceof Error ? (e.stack ?? e.message) : e));
            failed.push({
              project: p.id,
              enterprise: p.enterpriseId,
              format,
              code: wire.code,
              error: formatError(ctx.lang, wire),
            });
          } finally {
            core.files.release(target.fileId);
          }
        }
      }
      printResult(ctx, { files, failed }, () => describe(ctx.lang, files, failed));
      return files.length > 0 ? 0 : 1;
    },
  );
}
