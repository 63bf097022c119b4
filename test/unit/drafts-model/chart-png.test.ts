/**
 * The chart PNG is a real PNG: parsed back chunk by chunk (signature, CRCs, IHDR), its IDAT inflated
 * and unfiltered, and its pixels checked where the bars, the reference marker, the gridlines and
 * the background must be, in the SVG's order and colours.
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartPng, crc32, hexRgb } from '../../../electron/core/drafts/chart-png';
import type { DraftChart } from '../../../shared/drafts/draft-model';
import {
  barColour,
  CHART_COLOURS,
  chartGeometry,
  chartSvg,
  PNG_MARGINS,
} from '../../../shared/drafts/draft-svg-chart';

interface Decoded {
  width: number;
  height: number;
  pixel(x: number, y: number): [number, number, number];
}

function decodePng(png: Buffer): Decoded {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  const chunks: { type: string; data: Buffer }[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(
      crc32(png.subarray(at + 4, at + 8 + length)),
    );
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const ihdr = chunks[0]!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  expect([...ihdr.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  const raw = zlib.inflateSync(chunks[1]!.data);
  const stride = width * 3;
  expect(raw.length).toBe((stride + 1) * height);
  for (let row = 0; row < height; row++) expect(raw[row * (stride + 1)]).toBe(0);
  return {
    width,
    height,
    pixel: (x, y) => {
      const i = y * (stride + 1) + 1 + x * 3;
      return [raw[i]!, raw[i + 1]!, raw[i + 2]!];
    },
  };
}

const CHART: DraftChart = {
  id: 'indicators',
  number: 1,
  caption: '指标',
  unit: '%',
  max: 100,
  bars: [
    { label: '数控化率', value: 63.6, reference: 55.3 },
    { label: '联网率', value: 28.6, reference: null },
    { label: '新产品产值率', value: 30, reference: null },
  ],
};

describe('chartPng', () => {
  it('draws the bars, the reference marker, gridlines and axes where the geometry puts them', () => {
    const png = decodePng(chartPng(CHART, 600, 240));
    expect([png.width, png.height]).toEqual([600, 240]);
    const g = chartGeometry(CHART, 600, 240, PNG_MARGINS);
    g.bars.forEach((bar, i) => {
      const y = Math.round(bar.y + bar.height / 2);
      // Inside the bar, clear of the reference marker and gridlines.
      expect(png.pixel(Math.round(bar.x + 5), y), `bar ${i}`).toEqual(hexRgb(barColour(i)));
      expect(png.pixel(Math.round(bar.x + bar.width - 3), y), `bar ${i} end`).toEqual(hexRgb(barColour(i)));
      // Past its end: background (or a gridline), never the bar's colour.
      expect(png.pixel(Math.round(bar.x + bar.width + 4), y)).not.toEqual(hexRgb(barColour(i)));
    });
    // Bar lengths follow the values: 63.6 % of the plot for the first.
    expect(g.bars[0]!.width / g.plot.width).toBeCloseTo(0.636, 6);
    const ref = g.bars[0]!.reference!;
    expect(png.pixel(Math.round(ref.x), Math.round(g.bars[0]!.y + 2))).toEqual(
      hexRgb(CHART_COLOURS.reference),
    );
    // A gridline at 80 %, between the bars; the background in a corner; the x axis below the plot.
    const tick = g.ticks[4]!;
    const between = Math.round((g.bars[0]!.y + g.bars[0]!.height + g.bars[1]!.y) / 2);
    expect(tick.value).toBe(80);
    expect(png.pixel(Math.round(tick.x), between)).toEqual(hexRgb(CHART_COLOURS.grid));
    expect(png.pixel(png.width - 2, 2)).toEqual(hexRgb(CHART_COLOURS.background));
    expect(png.pixel(Math.round(g.plot.x + g.plot.width / 2), Math.round(g.plot.y + g.plot.height))).toEqual(
      hexRgb(CHART_COLOURS.axis),
    );
  });

  it('uses the SVG chart bar colours in the same order', () => {
    const svg = chartSvg(CHART, 'zh-CN');
    const fills = [...svg.matchAll(/<rect [^>]*fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]).slice(1);
    expect(fills).toEqual(CHART.bars.map((_, i) => barColour(i)));
    expect(svg).toContain('>数控化率</tspan>');
    expect(svg).toContain(`stroke="${CHART_COLOURS.reference}"`);
  });

  it('survives an empty chart and values beyond the axis', () => {
    const empty = decodePng(chartPng({ ...CHART, bars: [] }, 100, 50));
    expect([empty.width, empty.height]).toEqual([100, 50]);
    const over = { ...CHART, bars: [{ label: 'x', value: 250, reference: -5 }] };
    const g = chartGeometry(over, 200, 80, PNG_MARGINS);
    expect(g.bars[0]!.x + g.bars[0]!.width).toBe(g.plot.x + g.plot.width);
    expect(g.bars[0]!.reference!.x).toBe(g.plot.x);
    decodePng(chartPng(over, 200, 80));
  });
});
