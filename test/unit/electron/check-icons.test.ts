import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../../scripts/build-electron';
import { drawIcon, ICNS_TYPES, ICO_SIZES, makeIcons } from '../../../scripts/make-icons';

const pngSize = (png: Buffer) => {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

describe('app icons', () => {
  const icons = makeIcons();

  it('build/ holds what scripts/make-icons.ts draws (run `npm run make:icons` after changing it)', () => {
    for (const [name, bytes] of Object.entries(icons)) {
      expect(fs.readFileSync(path.join(PROJECT_DIR, 'build', name)).equals(bytes), name).toBe(true);
    }
  });

  it('writes a 1024 px PNG', () => {
    expect(pngSize(icons['icon.png'])).toEqual([1024, 1024]);
  });

  it('writes an ICO whose directory points at PNGs of every Windows size', () => {
    const ico = icons['icon.ico'];
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, ICO_SIZES.length]);
    ICO_SIZES.forEach((size, i) => {
      const e = 6 + 16 * i;
      expect(ico.readUInt8(e) || 256).toBe(size);
      const png = ico.subarray(ico.readUInt32LE(e + 12), ico.readUInt32LE(e + 12) + ico.readUInt32LE(e + 8));
      expect(pngSize(png)).toEqual([size, size]);
    });
  });

  it('writes an ICNS whose entries are PNGs of the size their type names', () => {
    const icns = icons['icon.icns'];
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: [string, number][] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const png = icns.subarray(at + 8, at + icns.readUInt32BE(at + 4));
      found.push([icns.subarray(at, at + 4).toString('latin1'), pngSize(png)[0]!]);
    }
    expect(found).toEqual(ICNS_TYPES);
  });

  it('draws a transparent corner, the blue field and the white gear', () => {
    const size = 64;
    const rgba = drawIcon(size);
    const at = (x: number, y: number) => [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0);
    const [r, g, b, a] = at(12, 32); // between the square's edge and the gear's teeth
    expect(a).toBe(255);
    expect(b!).toBeGreaterThan(r! + 100);
    expect(g!).toBeLessThan(b!);
    expect(at(32, 32 - 13)).toEqual([255, 255, 255, 255]); // the gear ring above the hub
  });
});
