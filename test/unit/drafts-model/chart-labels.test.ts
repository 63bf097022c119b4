import { describe, expect, it } from 'vitest';
import { chartSvg, labelLines, SVG_MARGINS } from '../../../shared/drafts/draft-svg-chart';
import type { DraftChart } from '../../../shared/drafts/draft-model';

const LONG = '电机能效达标率（IE3 及以上，按功率）占在用电机总功率的比例';

describe('chart labels', () => {
  it('keep a short label on one line', () => {
    expect(labelLines('生产设备数控化率', 180, 12)).toEqual(['生产设备数控化率']);
  });

  it('wrap a long label into two lines that fit, and shorten what still does not fit with …', () => {
    const lines = labelLines(LONG, 178, 12);
    expect(lines).toHaveLength(2);
    // 178 px hold 14 CJK characters at 12 px; the Latin letters and digits take about half.
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(20);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(LONG.startsWith(lines[0]!)).toBe(true);
  });

  it('wrap without shortening when two lines are enough', () => {
    const label = '电机能效达标率（IE3 及以上，按功率）';
    const lines = labelLines(label, 178, 12);
    expect(lines.join('')).toBe(label);
  });

  it('keep the whole label as the title of the shortened text in the SVG', () => {
    const chart: DraftChart = {
      id: 'indicators',
      number: 1,
      caption: '指标',
      unit: '%',
      max: 100,
      bars: [{ label: LONG, value: 41.4, reference: null }],
    };
    const svg = chartSvg(chart, 'zh-CN');
    expect(svg).toContain(`<title>${LONG}</title>`);
    expect(svg.match(/<tspan /g)).toHaveLength(2);
    expect(SVG_MARGINS.left).toBeGreaterThan(178);
  });
});
