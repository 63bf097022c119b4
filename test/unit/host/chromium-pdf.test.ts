import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_PDF_FOOTER } from '../../../shared/drafts/draft-html';
import { chromiumPdfPrinter, findChromium } from '../../../electron/host/print/chromium-pdf';

const chromium = findChromium();
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Two A4 pages of Chinese text, a script that must not run, and a picture that must not be fetched. */
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<style>@page { size: A4; margin: 20mm 18mm 22mm; } body { font-family: 'Noto Serif CJK SC', serif; }
h1 { break-before: page; } h1:first-of-type { break-before: auto; }</style></head>
<body><h1>第一章 总论</h1><p>项目总投资 1,234,567.89 元。</p>
<h1>第二章 项目背景与必要性</h1><p>节能量 123.4 tce/年。</p>
<p id="script-target">脚本未运行</p>
<script>document.getElementById('script-target').textContent = 'SCRIPT RAN';</script>
<img src="https://example.invalid/tracker.png" alt=""></body></html>`;

/** The PDF's text, page by page (pdftotext separates pages with a form feed). */
function pages(pdf: Buffer, dir: string): string[] {
  const file = path.join(dir, 'out.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
}

function leftovers(tmp: string): string[] {
  return fs.readdirSync(tmp).filter((name) => name.startsWith('retrofit-print-'));
}

describe('findChromium', () => {
  it('takes RETROFIT_CHROMIUM first, then the usual places of the platform', () => {
    const exists = (file: string) => file === '/opt/chrome' || file === '/usr/bin/chromium';
    expect(findChromium({ RETROFIT_CHROMIUM: '/opt/chrome' }, 'linux', exists)).toBe('/opt/chrome');
    expect(findChromium({}, 'linux', exists)).toBe('/usr/bin/chromium');
    expect(findChromium({}, 'linux', () => false)).toBeNull();
    expect(
      findChromium({}, 'darwin', (f) => f === '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    ).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const chrome = path.win32.join('C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe');
    expect(findChromium({ PROGRAMFILES: 'C:\\Program Files' }, 'win32', (f) => f === chrome)).toBe(chrome);
  });
});

describe('chromiumPdfPrinter', () => {
  let tmp: string;
  let previousTmp: string | undefined;
  beforeAll(() => {
    // A temp folder of its own, so the test can see that the printer leaves nothing behind.
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-pdf-test-'));
    previousTmp = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
  });
  afterAll(() => {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  // Printing needs a Chromium (RETROFIT_CHROMIUM or an installed chromium/Chrome); .ci/run installs one.
  describe.skipIf(!chromium)('with a real Chromium', () => {
    it('prints A4 pages with the Chinese text, page numbers in the footer, no script run', async () => {
      const printer = chromiumPdfPrinter({
        footerTemplate:
          '<div style="font-size:9px;width:100%;text-align:center">页码 <span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      })!;
      const pdf = await printer(PAGE);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(leftovers(tmp)).toEqual([]);
      if (!hasPdftotext) {
        console.warn('pdftotext (poppler-utils) is missing: the PDF text is not checked');
        return;
      }
      const [first, second] = pages(pdf, tmp);
      const info = execFileSync('pdfinfo', [path.join(tmp, 'out.pdf')], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+2\b/);
      // A4 is 595 × 842 points.
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
      expect(first).toContain('第一章 总论');
      expect(first).toContain('1,234,567.89');
      expect(first).toMatch(/页码 1 \/ 2/);
      expect(second).toContain('第二章 项目背景与必要性');
      expect(second).toMatch(/页码 2 \/ 2/);
      expect(second).toContain('脚本未运行');
      expect(second).not.toContain('SCRIPT RAN');
    }, 60_000);

    it("uses the draft's footer by default", async () => {
      const pdf = await chromiumPdfPrinter()!(PAGE);
      expect(leftovers(tmp)).toEqual([]);
      expect(DRAFT_PDF_FOOTER).toContain('pageNumber');
      if (!hasPdftotext) return;
      const [first, second] = pages(pdf, tmp);
      expect(first).toMatch(/\b1 ?\/ ?2\b/);
      expect(second).toMatch(/\b2 ?\/ ?2\b/);
    }, 60_000);
  });

  it('fails with a clear error, and cleans up, when the browser cannot start', async () => {
    const printer = chromiumPdfPrinter({ executable: path.join(tmp, 'no-such-chromium') })!;
    await expect(printer(PAGE)).rejects.toThrow(/Chromium could not be started .*no-such-chromium/);
    expect(leftovers(tmp)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')(
    'gives up after the timeout, kills the browser and cleans up',
    async () => {
      // A "browser" that never answers on the DevTools pipe.
      const stuck = path.join(tmp, 'stuck-browser.sh');
      fs.writeFileSync(stuck, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
      const printer = chromiumPdfPrinter({ executable: stuck, timeoutMs: 500 })!;
      const started = Date.now();
      await expect(printer(PAGE)).rejects.toThrow(/did not finish printing within 1 s|within 0 s/);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(leftovers(tmp)).toEqual([]);
    },
    20_000,
  );

  it('reports a browser that exits before printing, with what it said', async () => {
    if (process.platform === 'win32') return;
    const failing = path.join(tmp, 'failing-browser.sh');
    fs.writeFileSync(failing, '#!/bin/sh\necho "cannot open display" >&2\nexit 3\n', { mode: 0o755 });
    const printer = chromiumPdfPrinter({ executable: failing })!;
    await expect(printer(PAGE)).rejects.toThrow(/stopped before printing \(exit 3\): cannot open display/);
    expect(leftovers(tmp)).toEqual([]);
  });
});
