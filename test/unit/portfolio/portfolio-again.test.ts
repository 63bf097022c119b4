/**
 * portfolio.list asked again answers from the list it made last while nothing it is made from has
 * changed, and makes it afresh after a change through the core, a commit from the import's writing
 * thread or from another process, on another day, in another language or for another year. Counted
 * by the readiness computations it runs (one per client with a register).
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readinessHandlers } from '../../../electron/core/readiness/readiness-handlers';
import { fakeClock, tempWorkspace } from '../core/helpers';
import { fixture, importFile } from '../register-store/store-helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('portfolio.list asked again', () => {
  it('answers from its last list until the workspace, the day, the language or the year changes', async () => {
    const ws = tempWorkspace();
    const clock = fakeClock('2026-03-10T08:00:00.000Z');
    const core = await ws.open({ now: clock.now });
    const client = (await core.call('enterprise.create', { name: '深圳市甲方精密制造有限公司' })).id;
    const row = { name: '螺杆空压机', category: 'compressor', rated_kw: 55 } as const;
    await core.call('equipment.add', { enterpriseId: client, row });
    const made = vi.spyOn(readinessHandlers, 'readiness.compute');
    const rowsOf = async (input: { lang?: 'en' | 'zh-CN'; year?: number } = {}) =>
      (await core.call('portfolio.list', input)).rows[0]!;

    const first = await core.call('portfolio.list', {});
    expect(made).toHaveBeenCalledTimes(1);
    expect(await core.call('portfolio.list', {})).toEqual(first);
    expect(made).toHaveBeenCalledTimes(1);

    // A row added through the core's own connection.
    await core.call('equipment.add', { enterpriseId: client, row });
    expect((await rowsOf()).equipmentRows).toBe(2);
    expect(made).toHaveBeenCalledTimes(2);

    // 200 rows committed by the import's writing thread, on a connection of its own.
    await importFile(core, client, fixture('register-standard-200.csv'));
    expect((await rowsOf()).equipmentRows).toBe(202);
    expect(made).toHaveBeenCalledTimes(3);
    await rowsOf();
    expect(made).toHaveBeenCalledTimes(3);

    // Another process renaming the client.
    const other = new Database(ws.file);
    other.prepare('UPDATE enterprise SET name = ? WHERE id = ?').run('深圳市甲方智能制造有限公司', client);
    other.close();
    expect((await rowsOf()).name).toBe('深圳市甲方智能制造有限公司');
    expect(made).toHaveBeenCalledTimes(4);

    clock.set('2026-03-11T08:00:00.000Z');
    await rowsOf();
    expect(made).toHaveBeenCalledTimes(5);
    await rowsOf({ lang: 'en' });
    expect(made).toHaveBeenCalledTimes(6);
    await rowsOf({ lang: 'en', year: 2025 });
    expect(made).toHaveBeenCalledTimes(7);
    await rowsOf({ lang: 'en', year: 2025 });
    expect(made).toHaveBeenCalledTimes(7);
    core.close();
  });
});
