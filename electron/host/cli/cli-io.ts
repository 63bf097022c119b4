import { AppError } from '../../../shared/api/errors';
import { formatError, type Lang } from '../../../shared/i18n/messages';

/** A mistake in how the command was typed (exit code 2), as opposed to a refused operation (1). */
export class UsageError extends Error {}

export interface CliContext {
  lang: Lang;
  json: boolean;
  out(text: string): void;
  err(text: string): void;
}

export function printResult(ctx: CliContext, value: unknown, human: () => string): void {
  ctx.out(ctx.json ? JSON.stringify(value, null, 2) : human());
}

/** Errors go to stderr only, so `--json` stdout stays parseable; returns the exit code. */
export function reportError(ctx: CliContext, e: unknown): number {
  if (e instanceof UsageError) {
    ctx.err(ctx.json ? JSON.stringify({ error: { code: 'USAGE', message: e.message } }) : e.message);
    return 2;
  }
  const wire = e instanceof AppError ? e.toWire() : new AppError('INTERNAL').toWire();
  if (!(e instanceof AppError)) ctx.err(String(e instanceof Error ? (e.stack ?? e.message) : e));
  const text = formatError(ctx.lang, wire);
  ctx.err(ctx.json ? JSON.stringify({ error: wire, message: text }) : text);
  return 1;
}

/** Aligned columns for terminal output; CJK characters count double width. */
export function table(headers: string[], rows: (string | number | null)[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uFFEF]/.test(ch) ? 2 : 1), 0);
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null ? '—' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  return cells
    .map((r) =>
      r
        .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Runs a command against an opened workspace and always closes it, even when the command fails. */
export async function withCore<T, C extends { close(): void }>(
  open: () => Promise<C>,
  run: (core: C) => Promise<T>,
): Promise<T> {
  const core = await open();
  try {
    return await run(core);
  } finally {
    core.close();
  }
}
