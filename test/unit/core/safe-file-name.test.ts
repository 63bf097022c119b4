import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../electron/core/files/file-registry';

const bytes = (s: string) => Buffer.byteLength(s);

describe('safeFileName', () => {
  it('keeps a name inside its folder whatever separators or dots it carries', () => {
    expect(safeFileName('../../x.docx')).toBe('_.._x.docx');
    expect(safeFileName('..\\..\\x')).toBe('_.._x');
    expect(safeFileName('/etc/passwd')).toBe('_etc_passwd');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j.pdf')).toBe('a_b_c_d_e_f_g_h_i_j.pdf');
    expect(safeFileName('...', 'export')).toBe('export');
  });

  it('never gives a Windows device name, with or without an extension', () => {
    for (const name of ['CON', 'aux', 'nul.txt', 'COM1', 'lpt9.retrofit', 'nul.txt-申请材料.xlsx']) {
      expect(safeFileName(name).split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
    }
    expect(safeFileName('CON.retrofit')).toBe('_CON.retrofit');
    expect(safeFileName('console.docx')).toBe('console.docx');
  });

  it('drops the trailing dots and spaces Windows would drop', () => {
    expect(safeFileName('name. ')).toBe('name');
    expect(safeFileName('report .. .pdf')).toBe('report.pdf');
  });

  it('cuts a long Chinese name by bytes and keeps its extension', () => {
    const name = safeFileName(`${'技改'.repeat(150)}.retrofit`);
    expect(bytes(name)).toBeLessThanOrEqual(200);
    expect(name.endsWith('.retrofit')).toBe(true);
    expect(name.startsWith('技改技改')).toBe(true);
    expect(bytes(safeFileName('x'.repeat(300)))).toBe(200);
  });
});
