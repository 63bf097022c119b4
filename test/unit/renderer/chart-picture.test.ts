/** Where a saved chart picture puts its texts, and what its file is called. */
import { describe, expect, it } from 'vitest';
import {
  pictureLayout,
  pngFileName,
  wrapText,
  type Measure,
} from '../../../renderer/dashboard/chart-picture';

/** Every character as wide as the font's size: enough to check the arithmetic. */
const measure: Measure = (text, font) => [...text].length * Number(/(\d+)px/.exec(font)?.[1] ?? 0);

describe('wrapText', () => {
  it('breaks Chinese between any two characters and English between words', () => {
    expect(wrapText('在用设备台数按类别统计', 48, '400 12px sans-serif', measure)).toEqual([
      '在用设备',
      '台数按类',
      '别统计',
    ]);
    expect(wrapText('units in service by category', 120, '400 12px sans-serif', measure)).toEqual([
      'units in',
      'service by',
      'category',
    ]);
  });

  it('keeps a word longer than the line whole rather than losing it', () => {
    expect(wrapText('a verylongwordindeed b', 60, '400 12px sans-serif', measure)).toEqual([
      'a',
      'verylongwordindeed',
      'b',
    ]);
  });

  it('gives no lines for no text', () => {
    expect(wrapText('', 100, '400 12px sans-serif', measure)).toEqual([]);
  });
});

describe('pictureLayout', () => {
  const picture = {
    title: '设备役龄分布（按类别）',
    subtitle: '在用设备台数',
    legend: [
      { label: '0–4 年', color: '#52c41a' },
      { label: '5–9 年', color: '#13c2c2' },
      { label: '20 年及以上', color: '#f5222d' },
    ],
    notes: ['一条说明'],
  };

  it('puts title, subtitle and legend above the chart and the notes below it, with a margin all round', () => {
    const layout = pictureLayout(picture, { width: 400, height: 300 }, 'sans-serif', measure);
    expect(layout.width).toBe(440);
    const [title, subtitle] = layout.texts;
    expect(title).toMatchObject({ text: picture.title, x: 20, y: 20 });
    expect(title?.font).toContain('16px');
    expect(subtitle).toMatchObject({ text: '在用设备台数', y: 44 });
    expect(layout.swatches.map((s) => s.color)).toEqual(['#52c41a', '#13c2c2', '#f5222d']);
    // Legend on one line, then the chart.
    expect(new Set(layout.swatches.map((s) => s.y)).size).toBe(1);
    const note = layout.texts.at(-1);
    expect(note?.text).toBe('一条说明');
    expect(note!.y).toBeGreaterThanOrEqual(layout.chart.y + 300);
    expect(layout.height).toBe(note!.y + 18 + 20);
  });

  it('wraps a legend wider than the picture onto more lines', () => {
    const layout = pictureLayout(picture, { width: 120, height: 100 }, 'sans-serif', measure);
    expect(new Set(layout.swatches.map((s) => s.y)).size).toBeGreaterThan(1);
    for (const s of layout.swatches) expect(s.x + s.size).toBeLessThanOrEqual(layout.width);
  });
});

describe('pngFileName', () => {
  it('keeps Chinese names and replaces what file systems refuse', () => {
    expect(pngFileName('深圳市示例精密制造有限公司 设备役龄分布（按类别） 2026')).toBe(
      '深圳市示例精密制造有限公司 设备役龄分布（按类别） 2026.png',
    );
    expect(pngFileName('a/b\\c:d*e?"f"<g>|h\ni')).toBe('a_b_c_d_e_f_g_h i.png');
    expect(pngFileName('  ')).toBe('chart.png');
  });
});
