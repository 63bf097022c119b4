/**
 * `export draft` from the command line: one project in three formats (the PDF printed by the
 * machine's Chromium), every project of the workspace without two files of the same name
 * overwriting each other, exit codes for nothing written and for a mistyped command, and the
 * structure of the Word file that makes Word and LibreOffice pick Chinese fonts and number pages.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import type { DraftFailure, DraftFileOut } from '../../../electron/host/cli/commands/draft-export-commands';
import { formatFenYuan } from '../../../shared/drafts/draft-cells';
import { tempDir } from '../core/helpers';
import { cli, cliSpeaksChinese } from '../support/cli-runner';
import { DRAFT_ENTERPRISE, draftWorkspace } from './draft-workspace';

cliSpeaksChinese();

interface ExportJson {
  files: DraftFileOut[];
  failed: DraftFailure[];
}

describe('export draft', () => {
  it('writes the Word, Excel and PDF drafts of a project and prints where, as JSON', async () => {
    const w = await draftWorkspace();
    const total = (await w.core.call('projects.get', { id: w.projectId })).figures.investment.totalFen;
    const gaps = (await w.core.call('drafts.model', { projectId: w.projectId })).gaps.length;
    w.core.close();
    const out = path.join(tempDir(), '草稿');
    const run = await cli(
      'export',
      'draft',
      '--db',
      w.ws.file,
      '--project',
      String(w.projectId),
      '--format',
      'docx,xlsx,pdf',
      '--out',
      out,
      '--json',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ExportJson;
    const name = '冲压线智能化与空压站节能改造';
    expect(json).toEqual({
      files: [
        {
          project: w.projectId,
          enterprise: w.enterpriseId,
          format: 'docx',
          path: path.join(out, `${name}-申请报告.docx`),
          gaps,
          unknownTags: [],
        },
        {
          project: w.projectId,
          enterprise: w.enterpriseId,
          format: 'xlsx',
          path: path.join(out, `${name}-申请报告表格.xlsx`),
          gaps,
          unknownTags: [],
        },
        {
          project: w.projectId,
          enterprise: w.enterpriseId,
          format: 'pdf',
          path: path.join(out, `${name}-申请报告.pdf`),
          gaps,
          unknownTags: [],
        },
      ],
      failed: [],
    });
    expect(fs.readFileSync(json.files[0]!.path).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(json.files[1]!.path).subarray(0, 2).toString()).toBe('PK');
    // The PDF is the print view, with the same total as the app.
    const pdfText = execFileSync('pdftotext', [json.files[2]!.path, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain(formatFenYuan(total, 'zh-CN'));
    expect(fs.readdirSync(out).sort()).toEqual(json.files.map((f) => path.basename(f.path)).sort());

    // The Word file: A4, East Asian fonts named beside the Latin ones, the header row repeated on
    // each page, and page fields in the footer.
    const zip = new PizZip(fs.readFileSync(json.files[0]!.path));
    const styles = zip.file('word/styles.xml')!.asText();
    expect(styles).toMatch(/w:eastAsia="SimSun"/);
    expect(styles).toMatch(/w:eastAsia="SimHei"/);
    const document = zip.file('word/document.xml')!.asText();
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toContain('<w:tblHeader/>');
    const footers = Object.keys(zip.files)
      .filter((f) => /^word\/footer\d+\.xml$/.test(f))
      .map((f) => zip.file(f)!.asText());
    const numbered = footers.find((f) => f.includes('NUMPAGES'))!;
    expect(numbered).toContain('PAGE');
    expect(numbered).toContain('第 ');
  }, 120_000);

  it('exports every project of the workspace, in English, with no file overwriting another', async () => {
    const w = await draftWorkspace();
    const other = await w.core.call('enterprise.create', {
      ...DRAFT_ENTERPRISE,
      name: '另一家公司',
      uscc: null,
    });
    const same = await w.core.call('projects.create', {
      enterpriseId: other.id,
      name: '冲压线智能化与空压站节能改造',
      direction: 'renewal',
    });
    w.core.close();
    const out = tempDir();
    const run = await cli(
      'export',
      'draft',
      '--db',
      w.ws.file,
      '--all',
      '--format',
      'docx',
      '--lang',
      'en',
      '--out',
      out,
      '--json',
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ExportJson;
    expect(json.failed).toEqual([]);
    expect(json.files.map((f) => [f.enterprise, f.project])).toEqual([
      [w.enterpriseId, w.projectId],
      [other.id, same.id],
    ]);
    const names = json.files.map((f) => path.basename(f.path));
    expect(names).toEqual([
      '冲压线智能化与空压站节能改造-application draft.docx',
      `冲压线智能化与空压站节能改造-application draft-${same.id}.docx`,
    ]);
    expect(fs.readdirSync(out).sort()).toEqual([...names].sort());
    const footers = new PizZip(fs.readFileSync(json.files[0]!.path)).file(/^word\/footer\d+\.xml$/);
    expect(footers.map((f) => f.asText()).join('')).toMatch(/Page .*of/);
    // The new project has nothing yet: the draft says so.
    expect(json.files[1]!.gaps).toBeGreaterThan(json.files[0]!.gaps);
  }, 60_000);

  it('exits 1 when nothing could be written, and 2 when the command is mistyped', async () => {
    const w = await draftWorkspace();
    const empty = await w.core.call('enterprise.create', { name: '没有项目的公司' });
    w.core.close();
    const out = tempDir();
    let run = await cli(
      'export',
      'draft',
      '--db',
      w.ws.file,
      '--enterprise',
      String(empty.id),
      '--out',
      out,
      '--json',
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ files: [], failed: [] });
    run = await cli('export', 'draft', '--db', w.ws.file, '--enterprise', String(empty.id), '--out', out);
    expect(run).toMatchObject({ code: 1, stdout: '没有可导出的项目' });

    // A template that is not a Word document: every docx fails with the reason, nothing is written.
    const bad = path.join(tempDir(), '通知.docx');
    fs.writeFileSync(bad, 'not a zip');
    run = await cli(
      'export',
      'draft',
      '--db',
      w.ws.file,
      '--project',
      String(w.projectId),
      '--template',
      bad,
      '--out',
      out,
      '--json',
    );
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as ExportJson;
    expect(json.files).toEqual([]);
    expect(json.failed).toEqual([
      {
        project: w.projectId,
        enterprise: w.enterpriseId,
        format: 'docx',
        code: 'VALIDATION',
        error: expect.stringContaining('“通知.docx”不是 Word 文档（.docx）'),
      },
    ]);
    expect(fs.readdirSync(out)).toEqual([]);

    for (const args of [
      ['--project', String(w.projectId), '--all'],
      ['--format', 'doc', '--all'],
      ['--all', '--format', 'xlsx', '--template', bad],
      ['--all', '--lang', 'fr'],
    ]) {
      run = await cli('export', 'draft', '--db', w.ws.file, '--out', out, ...args);
      expect(run.code, args.join(' ')).toBe(2);
    }
    expect((await cli('export', 'nothing', '--db', w.ws.file)).code).toBe(2);
  }, 60_000);
});
