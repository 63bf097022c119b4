/**
 * A draft's chart as a PNG for the Word draft: the print view's bar chart geometry
 * (shared/drafts/draft-svg-chart.ts) rasterised with the same bar order and colours — axis,
 * gridlines, bars and reference markers. No text: without a font there is nothing to draw it with,
 * so the Word draft writes the caption and a value table under the picture. Encoded by hand (RGB,
 * 8 bits, one IDAT through node:zlib) because the core has no image library and needs none for this.
 */
import zlib from 'node:zlib';
import type { DraftChart } from '../../../shared/drafts/draft-model';
import { CHART_COLOURS, chartGeometry, PNG_MARGINS } from '../../../shared/drafts/draft-svg-chart';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

type Rgb = [number, number, number];

export function hexRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

class Raster {
  readonly pixels: Buffer;
  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = Buffer.alloc(width * height * 3);
    for (let i = 0; i < width * height; i++) this.pixels.set(background, i * 3);
  }

  /** Fills the pixels whose centres lie inside the rectangle (at least one pixel across). */
  rect(x: number, y: number, w: number, h: number, colour: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.max(x0 + (w > 0 ? 1 : 0), Math.round(x + w)));
    const y1 = Math.min(this.height, Math.max(y0 + (h > 0 ? 1 : 0), Math.round(y + h)));
    for (let row = y0; row < y1; row++) {
      for (let c = x0; c < x1; c++) this.pixels.set(colour, (row * this.width + c) * 3);
    }
  }

  /** Lines cover the pixel their coordinate rounds to, widened around it. */
  vline(x: number, y1: number, y2: number, thickness: number, colour: Rgb): void {
    const from = Math.round(x) - Math.floor((thickness - 1) / 2);
    this.rect(from, Math.min(y1, y2), thickness, Math.abs(y2 - y1), colour);
  }

  hline(x1: number, x2: number, y: number, thickness: number, colour: Rgb): void {
    const from = Math.round(y) - Math.floor((thickness - 1) / 2);
    this.rect(Math.min(x1, x2), from, Math.abs(x2 - x1), thickness, colour);
  }

  png(): Buffer {
    const stride = this.width * 3;
    const raw = Buffer.alloc((stride + 1) * this.height);
    for (let row = 0; row < this.height; row++) {
      // Filter type 0 (none) on every scanline.
      raw[row * (stride + 1)] = 0;
      this.pixels.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.width, 0);
    ihdr.writeUInt32BE(this.height, 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // colour type: RGB
    ihdr[10] = 0; // deflate
    ihdr[11] = 0; // adaptive filtering
    ihdr[12] = 0; // no interlace
    return Buffer.concat([
      SIGNATURE,
      chunk('IHDR', ihdr),
      chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

export function chartPng(chart: DraftChart, width: number, height: number): Buffer {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const g = chartGeometry(chart, w, h, PNG_MARGINS);
  const r = new Raster(w, h, hexRgb(CHART_COLOURS.background));
  const bottom = g.plot.y + g.plot.height;
  for (const t of g.ticks.slice(1)) r.vline(t.x, g.plot.y, bottom, 1, hexRgb(CHART_COLOURS.grid));
  for (const bar of g.bars) r.rect(bar.x, bar.y, bar.width, bar.height, hexRgb(bar.colour));
  for (const bar of g.bars) {
    if (bar.reference)
      r.vline(bar.reference.x, bar.reference.y1, bar.reference.y2, 3, hexRgb(CHART_COLOURS.reference));
  }
  r.vline(g.plot.x, g.plot.y, bottom, 2, hexRgb(CHART_COLOURS.axis));
  r.hline(g.plot.x, g.plot.x + g.plot.width, bottom, 2, hexRgb(CHART_COLOURS.axis));
  return r.png();
}
