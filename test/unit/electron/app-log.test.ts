import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppLog, logUncaught } from '../../../electron/main/app-log';

let dir: string;
beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-log-')), 'logs');
});
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

const NOW = () => new Date('2026-03-01T08:00:00.000Z');

describe('app log', () => {
  it('writes timestamped lines with the level and the error stack, creating its folder', () => {
    const log = new AppLog(dir, { now: NOW });
    log.info('starting 0.1.0');
    log.error('backup.create failed', new Error('disk full'));
    const text = fs.readFileSync(path.join(dir, 'app.log'), 'utf8');
    expect(text.split('\n')[0]).toBe('2026-03-01T08:00:00.000Z INFO starting 0.1.0');
    expect(text).toContain('2026-03-01T08:00:00.000Z ERROR backup.create failed Error: disk full');
    expect(text).toMatch(/at .*app-log\.test\.ts/);
  });

  it('rotates by size and keeps only as many files as asked, dropping the oldest', () => {
    const log = new AppLog(dir, { now: NOW, maxBytes: 200, maxFiles: 3 });
    // Each line is 24 (timestamp) + 6 + 40 + 1 = 71 bytes: two fit in 200, the third rotates.
    const line = (i: number) => `line ${String(i).padStart(3, '0')} ${'x'.repeat(31)}`;
    for (let i = 0; i < 12; i += 1) log.info(line(i));

    expect(log.files().map((f) => path.basename(f))).toEqual(['app.log', 'app.log.1', 'app.log.2']);
    expect(fs.existsSync(path.join(dir, 'app.log.3'))).toBe(false);
    for (const file of log.files()) expect(fs.statSync(file).size).toBeLessThanOrEqual(200);
    const read = (name: string) =>
      fs
        .readFileSync(path.join(dir, name), 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.slice(30, 38));
    expect(read('app.log')).toEqual(['line 010', 'line 011']);
    expect(read('app.log.1')).toEqual(['line 008', 'line 009']);
    expect(read('app.log.2')).toEqual(['line 006', 'line 007']);
  });

  it('keeps a single over-long line rather than rotating forever', () => {
    const log = new AppLog(dir, { now: NOW, maxBytes: 50, maxFiles: 2 });
    log.info('y'.repeat(100));
    log.info('next');
    expect(fs.readFileSync(path.join(dir, 'app.log'), 'utf8')).toContain('INFO next');
    expect(fs.readFileSync(path.join(dir, 'app.log.1'), 'utf8')).toContain('y'.repeat(100));
  });

  it('never throws when the folder cannot be written', () => {
    const blocker = path.join(path.dirname(dir), 'file');
    fs.writeFileSync(blocker, '');
    const log = new AppLog(path.join(blocker, 'logs'));
    expect(() => log.error('still running')).not.toThrow();
  });

  it('records uncaught exceptions and unhandled rejections', () => {
    const proc = new EventEmitter();
    const log = new AppLog(dir, { now: NOW });
    logUncaught(proc as unknown as Pick<NodeJS.Process, 'on'>, log);
    proc.emit('uncaughtException', new TypeError('x is undefined'));
    proc.emit('unhandledRejection', new Error('nobody waited'));
    const text = fs.readFileSync(path.join(dir, 'app.log'), 'utf8');
    expect(text).toContain('ERROR uncaught exception TypeError: x is undefined');
    expect(text).toContain('ERROR unhandled promise rejection Error: nobody waited');
  });
});
