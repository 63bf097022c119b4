/**
 * `export workspace` and `import workspace` end to end on workspace files, as a consultant scripts
 * them: JSON on stdout only, the dry run printing the preview without writing, an import as new and
 * a second one updating by USCC, and refusals on stderr with exit code 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { HandoffImportResult, HandoffPreview } from '../../../shared/handoff/handoff-api';
import { tempDir } from '../core/helpers';
import { cli, cliSpeaksChinese } from '../support/cli-runner';
import { buildRichEnterprise, dumpDb, USCC } from './rich-enterprise';

cliSpeaksChinese();

describe('export workspace / import workspace', () => {
  it('exports an enterprise, previews and imports it into another workspace, then updates it', async () => {
    const rich = await buildRichEnterprise();
    rich.core.close();
    const dir = tempDir();
    const out = path.join(dir, '示例.retrofit');
    const exported = await cli(
      'export',
      'workspace',
      '--db',
      rich.ws.file,
      '--enterprise',
      String(rich.enterpriseId),
      '--out',
      out,
      '--json',
    );
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const summary = JSON.parse(exported.stdout) as {
      path: string;
      sizeBytes: number;
      counts: Record<string, number>;
    };
    expect(summary.path).toBe(out);
    expect(summary.sizeBytes).toBe(fs.statSync(out).size);
    expect(summary.counts).toMatchObject({ equipment: 221, projects: 2, attachments: 3 });

    const target = path.join(dir, 'client.sqlite');
    expect((await cli('workspace', 'init', '--db', target)).code).toBe(0);
    const empty = dumpDb(target);
    const dry = await cli('import', 'workspace', '--db', target, out, '--dry-run', '--json');
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    const preview = JSON.parse(dry.stdout) as HandoffPreview;
    expect(preview.match).toEqual({ kind: 'new' });
    expect(preview.changes.find((c) => c.part === 'equipment')).toEqual({
      part: 'equipment',
      incoming: 221,
      added: 221,
      changed: 0,
      removed: 0,
      unchanged: 0,
    });
    expect(dumpDb(target)).toEqual(empty);

    const first = await cli('import', 'workspace', '--db', target, out, '--json');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const created = JSON.parse(first.stdout) as HandoffImportResult;
    expect(created).toMatchObject({ created: true, backup: null });

    const again = await cli('import', 'workspace', '--db', target, out, '--json');
    const updated = JSON.parse(again.stdout) as HandoffImportResult;
    expect(updated).toMatchObject({ enterpriseId: created.enterpriseId, created: false });
    expect(updated.backup).toMatch(/^backup-/);
    expect(updated.changes.every((c) => c.added + c.changed + c.removed === 0)).toBe(true);

    // The round trip through the CLI: what comes out of the client's workspace is what went in.
    const back = path.join(dir, 'back.retrofit');
    await cli(
      'export',
      'workspace',
      '--db',
      target,
      '--enterprise',
      String(created.enterpriseId),
      '--out',
      back,
    );
    const content = (f: string) => Buffer.from(unzipSync(fs.readFileSync(f))['content.json']!);
    expect(content(back).equals(content(out))).toBe(true);

    // --as-new cannot add a second enterprise with the same USCC: refused, said in the user's language.
    const refused = await cli('import', 'workspace', '--db', target, out, '--as-new');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(`统一社会信用代码为 ${USCC} 的企业`);
    const human = await cli('import', 'workspace', '--db', target, out, '--dry-run');
    expect(human.stdout).toContain('将以文件内容替换企业');
    expect(human.stdout).toMatch(/设备台账\s+221\s+0\s+0\s+0\s+221/);
  });

  it('refuses a damaged file with the entry named, in English when asked', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ws.sqlite');
    await cli('workspace', 'init', '--db', target);
    const bad = path.join(dir, 'bad.retrofit');
    fs.writeFileSync(bad, 'not a zip at all');
    process.env.RETROFIT_LANG = 'en';
    const run = await cli('import', 'workspace', '--db', target, bad, '--json');
    expect(run.code).toBe(1);
    const err = JSON.parse(run.stderr) as { error: { code: string }; message: string };
    expect(err.error.code).toBe('HANDOFF_NOT_ZIP');
    expect(err.message).toContain('"bad.retrofit" is not a valid hand-off file');
    expect((await cli('import', 'workspace', '--db', target)).code).toBe(2);
  });
});
