/**
 * The app's log file (logs/app.log in the user-data folder), for support: start-up, the core's
 * errors, uncaught exceptions. It rotates by size — app.log → app.log.1 → … — so it can never fill
 * a locked-down PC's disk. Writes are synchronous: the line must be on disk even if the next
 * instruction crashes the process. What is logged must not name clients: messages say what
 * happened, details are errors (message and stack), never request data.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../core/core';

export const LOG_FILE_NAME = 'app.log';

export interface AppLogOptions {
  /** Rotate before the file would grow past this. */
  maxBytes?: number;
  /** How many files to keep in all, app.log included. */
  maxFiles?: number;
  now?: () => Date;
  /** Also echo to the console (development). */
  echo?: boolean;
}

export function logsDir(userDataDir: string): string {
  return path.join(userDataDir, 'logs');
}

function describe(detail: unknown): string {
  if (detail === undefined || detail === '') return '';
  if (detail instanceof Error) return ` ${detail.stack ?? `${detail.name}: ${detail.message}`}`;
  if (typeof detail === 'string') return ` ${detail}`;
  try {
    return ` ${JSON.stringify(detail)}`;
  } catch {
    return ` ${String(detail)}`;
  }
}

export class AppLog implements Logger {
  readonly file: string;
  private readonly maxBytes: number;
  private readonly maxFiles: number;
  private readonly now: () => Date;
  private readonly echo: boolean;

  constructor(
    readonly dir: string,
    options: AppLogOptions = {},
  ) {
    this.file = path.join(dir, LOG_FILE_NAME);
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.maxFiles = Math.max(1, options.maxFiles ?? 5);
    this.now = options.now ?? (() => new Date());
    this.echo = options.echo ?? false;
  }

  info(message: string, detail?: unknown): void {
    this.write('INFO', message, detail);
  }

  error(message: string, detail?: unknown): void {
    this.write('ERROR', message, detail);
  }

  /** The log files, newest first. */
  files(): string[] {
    return Array.from({ length: this.maxFiles }, (_, i) => this.rotated(i)).filter((f) => fs.existsSync(f));
  }

  private rotated(index: number): string {
    return index === 0 ? this.file : `${this.file}.${index}`;
  }

  private write(level: 'INFO' | 'ERROR', message: string, detail: unknown): void {
    const line = `${this.now().toISOString()} ${level} ${message}${describe(detail)}\n`;
    if (this.echo) (level === 'ERROR' ? console.error : console.log)(line.trimEnd());
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      this.rotateFor(Buffer.byteLength(line));
      fs.appendFileSync(this.file, line);
    } catch (e) {
      // A log that cannot be written must not take the app down with it.
      console.error('[log] could not write the log file', e);
    }
  }

  private rotateFor(incoming: number): void {
    let size: number;
    try {
      size = fs.statSync(this.file).size;
    } catch {
      return;
    }
    if (size === 0 || size + incoming <= this.maxBytes) return;
    fs.rmSync(this.rotated(this.maxFiles - 1), { force: true });
    for (let i = this.maxFiles - 2; i >= 0; i -= 1) {
      if (fs.existsSync(this.rotated(i))) fs.renameSync(this.rotated(i), this.rotated(i + 1));
    }
  }
}

/** Logs what would otherwise only reach a console nobody sees in an installed app. */
export function logUncaught(target: Pick<NodeJS.Process, 'on'>, log: Logger): void {
  target.on('uncaughtException', (e) => log.error('uncaught exception', e));
  target.on('unhandledRejection', (reason) => log.error('unhandled promise rejection', reason));
}
