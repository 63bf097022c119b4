/**
 * Draws the app icon and writes it in every format electron-builder picks up from build/ by default:
 * build/icon.png (1024 px: Linux, and the source for anything electron-builder derives),
 * build/icon.ico (Windows: 16–256 px) and build/icon.icns (macOS: 16–1024 px, incl. @2x).
 * Run with `npm run make:icons`; the output is deterministic, so a rerun changes nothing unless this
 * file does.
 *
 * The icon is vector maths evaluated per pixel (signed distances, one pixel of anti-aliasing), and
 * each size is drawn at that size rather than scaled down from 1024, so 16 px stays crisp.
 * Design: a blue rounded square with a white gear whose hub shows a rising bar chart — equipment
 * upgrades (技改) that pay off.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { PROJECT_DIR } from './build-electron';

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** Apple's icon types that hold PNG data, with their pixel size (ic11–ic14 are the @2x variants). */
export const ICNS_TYPES: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

type Rgb = [number, number, number];
const TOP: Rgb = [0x3b, 0x82, 0xf6];
const BOTTOM: Rgb = [0x1d, 0x4e, 0xd8];
const WHITE: Rgb = [255, 255, 255];

// Signed distance functions in icon units (the icon spans 0..1; negative inside).
function roundedBox(x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

const GEAR = { cx: 0.5, cy: 0.5, body: 0.25, toothOut: 0.33, toothHalfWidth: 0.058, teeth: 8, hub: 0.17 };

function gear(x: number, y: number): number {
  const dx = x - GEAR.cx;
  const dy = y - GEAR.cy;
  let d = Math.hypot(dx, dy) - GEAR.body;
  for (let i = 0; i < GEAR.teeth; i++) {
    // Rotate the point into the tooth's frame; the tooth runs outward along +x.
    const a = (i * 2 * Math.PI) / GEAR.teeth + Math.PI / GEAR.teeth;
    const tx = dx * Math.cos(a) + dy * Math.sin(a);
    const ty = -dx * Math.sin(a) + dy * Math.cos(a);
    const mid = (GEAR.body + GEAR.toothOut) / 2 - 0.02;
    const halfLen = (GEAR.toothOut - GEAR.body) / 2 + 0.02;
    d = Math.min(d, roundedBox(tx, ty, mid, 0, halfLen, GEAR.toothHalfWidth, 0.018));
  }
  return d;
}

/** Three rising bars standing on the hub's floor, cut out of the gear. */
function bars(x: number, y: number): number {
  const floor = GEAR.cy + 0.09;
  const width = 0.05;
  const gap = 0.024;
  const heights = [0.08, 0.13, 0.18];
  let d = Infinity;
  heights.forEach((h, i) => {
    const cx = GEAR.cx + (i - 1) * (width + gap);
    d = Math.min(d, roundedBox(x, y, cx, floor - h / 2, width / 2, h / 2, 0.01));
  });
  return d;
}

/** Coverage of a shape from its signed distance, with a one-pixel anti-aliased edge. */
const coverage = (d: number, pixel: number) => Math.min(1, Math.max(0, 0.5 - d / pixel));

/** The icon as straight (non-premultiplied) RGBA, size × size. */
export function drawIcon(size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  const pixel = 1 / size;
  // macOS-style safe margin, slightly tighter at tiny sizes where every pixel counts.
  const margin = size <= 32 ? 0.03 : 0.085;
  const half = 0.5 - margin;
  const radius = half * 0.45;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      const bg = coverage(roundedBox(x, y, 0.5, 0.5, half, half, radius), pixel);
      if (bg === 0) continue;
      const t = Math.min(1, Math.max(0, (y - margin) / (1 - 2 * margin)));
      const base = TOP.map((c, i) => c + (BOTTOM[i]! - c) * t) as Rgb;
      // The gear ring is white; the hub is the background again with white bars in it.
      const inHub = Math.hypot(x - GEAR.cx, y - GEAR.cy) - GEAR.hub;
      const white = Math.max(
        coverage(Math.max(gear(x, y), -inHub), pixel),
        coverage(Math.max(bars(x, y), inHub), pixel),
      );
      const o = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(base[i]! + (WHITE[i]! - base[i]!) * white);
      rgba[o + 3] = Math.round(bg * 255);
    }
  }
  return rgba;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A minimal PNG: 8-bit RGBA, no filtering, maximum compression. */
export function encodePng(rgba: Buffer, size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(6, 9); // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Windows .ico whose entries are PNG images (supported since Windows Vista). */
export function encodeIco(pngs: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4); // planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

/** A macOS .icns of PNG entries (the form Apple has used since 10.7). */
export function encodeIcns(entries: { type: string; png: Buffer }[]): Buffer {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

/** Every icon file, by its name in build/. */
export function makeIcons(): Record<'icon.png' | 'icon.ico' | 'icon.icns', Buffer> {
  const cache = new Map<number, Buffer>();
  const png = (size: number) => {
    if (!cache.has(size)) cache.set(size, encodePng(drawIcon(size), size));
    return cache.get(size)!;
  };
  return {
    'icon.png': png(1024),
    'icon.ico': encodeIco(ICO_SIZES.map((size) => ({ size, png: png(size) }))),
    'icon.icns': encodeIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: png(size) }))),
  };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const outDir = path.resolve(process.argv[2] ?? path.join(PROJECT_DIR, 'build'));
  for (const [name, bytes] of Object.entries(makeIcons())) {
    fs.writeFileSync(path.join(outDir, name), bytes);
    console.log(
      `${path.relative(PROJECT_DIR, path.join(outDir, name))}: ${(bytes.length / 1024).toFixed(0)} KB`,
    );
  }
}
