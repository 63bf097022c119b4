/**
 * An import's reading thread and its writer talk over a channel of their own (runJob starts the
 * two side by side). Both ends run here on a real MessageChannel and real register files: the
 * writer gets exactly the events it would get reading the file itself; leaving early, cancelling,
 * a reader that fails on the file, one that dies and one that hangs up all end the writer's loop
 * with the matching error, and the reader stops reading when the writer wants no more.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import {
  readImportRows,
  readImportRowsFromPort,
  serveImportRows,
  type ImportRowEvent,
  type ImportRowsOptions,
} from '../../../electron/core/register/import-rows';
import { fixture, REFERENCE_YEAR, REPO_ROOT } from './store-helpers';

const OPTIONS: ImportRowsOptions = { remembered: {}, referenceYear: REFERENCE_YEAR };

let scratch = '';
/** Big enough for many batches, so that stopping early leaves most of the file unread. */
let csv20k = '';

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-reader-channel-'));
  csv20k = path.join(scratch, 'register-20k.csv');
  execFileSync(process.execPath, [
    path.join(REPO_ROOT, 'test/fixtures/gen-inventory.cjs'),
    '--rows',
    '20000',
    '--seed',
    '3',
    '--out',
    csv20k,
  ]);
});

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

async function collect(events: AsyncIterable<ImportRowEvent>): Promise<ImportRowEvent[]> {
  const out: ImportRowEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

/** A reader serving `file` on one end of a fresh channel; the writer's end is returned. */
function startReader(file: string) {
  const channel = new MessageChannel();
  const posted: string[] = [];
  // Counts what the reader posts, to tell how far it read.
  const post = channel.port1.postMessage.bind(channel.port1);
  channel.port1.postMessage = (m: { type: string; event?: ImportRowEvent }) => {
    posted.push(m.event?.kind ?? m.type);
    post(m);
  };
  const served = serveImportRows({ file, options: OPTIONS, port: channel.port1 });
  return { port: channel.port2, served, posted };
}

describe("an import's rows over the reader's channel", () => {
  it.each([
    ['a CSV of 20,000 rows', () => csv20k],
    ['the messy XLSX', () => fixture('register-messy-300.xlsx')],
    ['the bad-rows CSV', () => fixture('register-bad-rows.csv')],
  ])('are the events of reading %s in the writing thread itself', async (_name, file) => {
    const progress: number[] = [];
    const { port, served } = startReader(file());
    const received = await collect(
      readImportRowsFromPort(port, { onProgress: (done, total) => progress.push(done / total) }),
    );
    await served;
    const direct = await collect(readImportRows(file(), OPTIONS));
    expect(received).toEqual(direct);
    expect(received.at(-1)?.kind).toBe('end');
    // Progress only moves forward and reaches the end of the file.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('stop the reader when the writer leaves the loop early', async () => {
    const { port, served, posted } = startReader(csv20k);
    const all = await collect(readImportRows(csv20k, OPTIONS));
    let taken = 0;
    for await (const event of readImportRowsFromPort(port, {})) {
      if (event.kind === 'rows' && ++taken === 2) break;
    }
    await served;
    // The reader ran at most its read-ahead past what was taken, not to the end of the file.
    expect(posted).not.toContain('end');
    expect(posted.length).toBeLessThan(all.length);
  });

  it('stop when the import is cancelled, with the abort as the reason', async () => {
    const { port, served, posted } = startReader(csv20k);
    const controller = new AbortController();
    const reading = (async () => {
      for await (const event of readImportRowsFromPort(port, { signal: controller.signal }))
        if (event.kind === 'rows') controller.abort();
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    await served;
    expect(posted).not.toContain('end');
  });

  it("carry the reader's error about the file, code and all", async () => {
    const { port, served } = startReader(path.join(scratch, 'no-such-register.csv'));
    const reading = collect(readImportRowsFromPort(port, {}));
    await expect(reading).rejects.toBeInstanceOf(AppError);
    const error = (await reading.catch((e: unknown) => e)) as AppError;
    const direct = (await collect(readImportRows(path.join(scratch, 'no-such-register.csv'), OPTIONS)).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(error.code).toBe(direct.code);
    await served;
  });

  it('fail when the reading thread died without a word', async () => {
    const channel = new MessageChannel();
    const readerFailed = new AbortController();
    const reading = collect(readImportRowsFromPort(channel.port2, { readerFailed: readerFailed.signal }));
    readerFailed.abort('exited with code 1');
    await expect(reading).rejects.toThrow('import reader died: exited with code 1');
    channel.port1.close();
  });

  it('fail when the reader hangs up before the end of the file', async () => {
    const channel = new MessageChannel();
    const reading = collect(readImportRowsFromPort(channel.port2, {}));
    channel.port1.postMessage({
      type: 'event',
      event: { kind: 'rows', values: ['EQ-1'] },
      done: 1,
      total: 10,
    });
    channel.port1.close();
    await expect(reading).rejects.toThrow('import reader stopped before the end of the file');
  });
});
