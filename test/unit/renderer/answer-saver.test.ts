/** Answers saved as they are given: ratings at once, notes after a pause, one save at a time. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AnswerSaver,
  pageSaveStatus,
  type AnswerChange,
  type QuestionSave,
} from '../../../renderer/assessment/answer-saver';

const DELAY = 800;

function harness(send: (change: AnswerChange) => Promise<string> = async (c) => `saved ${c.questionId}`) {
  const sent: AnswerChange[] = [];
  const saved: string[] = [];
  const states: Record<string, QuestionSave[]> = {};
  const saver = new AnswerSaver<string>({
    send: (change) => {
      sent.push(change);
      return send(change);
    },
    onSaved: (result) => saved.push(result),
    onState: (questionId, state) => (states[questionId] ??= []).push(state),
    noteDelayMs: DELAY,
  });
  const last = (questionId: string) => states[questionId]?.at(-1);
  return { saver, sent, saved, states, last };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('AnswerSaver', () => {
  it('saves a rating at once and shows it as pending until the core answers', async () => {
    const h = harness();
    h.saver.rate('strategy.L1', 'fully');
    expect(h.last('strategy.L1')).toEqual({ status: 'saving', pendingRating: 'fully' });
    await h.saver.settled();
    expect(h.sent).toEqual([{ questionId: 'strategy.L1', rating: 'fully' }]);
    expect(h.saved).toEqual(['saved strategy.L1']);
    expect(h.last('strategy.L1')).toEqual({ status: 'saved', pendingRating: undefined });
  });

  it('saves a note once typing pauses, with the rating shown when it was typed', async () => {
    const h = harness();
    h.saver.note('data.L2', '系', 'mostly');
    vi.advanceTimersByTime(DELAY - 1);
    h.saver.note('data.L2', '系统名称', 'mostly');
    vi.advanceTimersByTime(DELAY - 1);
    expect(h.sent).toEqual([]);
    expect(h.last('data.L2')?.status).toBe('editing');
    vi.advanceTimersByTime(1);
    await h.saver.settled();
    expect(h.sent).toEqual([{ questionId: 'data.L2', rating: 'mostly', evidence: '系统名称' }]);
    expect(h.last('data.L2')?.status).toBe('saved');
  });

  it('keeps each question’s wait apart', async () => {
    const h = harness();
    h.saver.note('a.L1', 'one', null);
    vi.advanceTimersByTime(DELAY / 2);
    h.saver.note('b.L1', 'two', null);
    vi.advanceTimersByTime(DELAY / 2);
    await h.saver.settled();
    expect(h.sent.map((c) => c.questionId)).toEqual(['a.L1']);
    vi.advanceTimersByTime(DELAY / 2);
    await h.saver.settled();
    expect(h.sent.map((c) => c.questionId)).toEqual(['a.L1', 'b.L1']);
  });

  it('takes a waiting note along with a rating, and saves a note at once when the field is left', async () => {
    const h = harness();
    h.saver.note('x.L1', 'evidence', null);
    h.saver.rate('x.L1', 'partly');
    vi.advanceTimersByTime(DELAY * 2);
    await h.saver.settled();
    expect(h.sent).toEqual([{ questionId: 'x.L1', rating: 'partly', evidence: 'evidence' }]);

    h.saver.note('y.L1', 'left', 'fully');
    h.saver.flushNote('y.L1');
    h.saver.flushNote('y.L1');
    await h.saver.settled();
    expect(h.sent.at(-1)).toEqual({ questionId: 'y.L1', rating: 'fully', evidence: 'left' });
    expect(h.sent).toHaveLength(2);
  });

  it('sends a note with a rating still on its way rather than the one shown when typing began', async () => {
    const releases: (() => void)[] = [];
    const h = harness(() => new Promise((resolve) => releases.push(() => resolve('ok'))));
    h.saver.rate('z.L2', 'not_met');
    h.saver.note('z.L2', 'why', null);
    h.saver.flushNote('z.L2');
    const microtasks = async () => {
      for (let i = 0; i < 10; i++) await Promise.resolve();
    };
    await microtasks();
    expect(releases).toHaveLength(1);
    releases[0]!();
    await microtasks();
    releases[1]!();
    await h.saver.settled();
    expect(h.sent).toEqual([
      { questionId: 'z.L2', rating: 'not_met' },
      { questionId: 'z.L2', rating: 'not_met', evidence: 'why' },
    ]);
  });

  it('runs saves one after another, in the order they were made', async () => {
    const order: string[] = [];
    const h = harness(async (c) => {
      order.push(`start ${c.rating}`);
      await new Promise((r) => setTimeout(r, c.rating === 'fully' ? 50 : 1));
      order.push(`end ${c.rating}`);
      return String(c.rating);
    });
    h.saver.rate('q.L1', 'fully');
    h.saver.rate('q.L1', 'partly');
    expect(h.last('q.L1')).toEqual({ status: 'saving', pendingRating: 'partly' });
    await vi.runAllTimersAsync();
    await h.saver.settled();
    expect(order).toEqual(['start fully', 'end fully', 'start partly', 'end partly']);
    expect(h.saved).toEqual(['fully', 'partly']);
    // The first save finishing did not claim the question saved while the second was on its way.
    expect(h.states['q.L1']!.map((s) => s.status)).toEqual(['saving', 'saving', 'saving', 'saved']);
    expect(h.last('q.L1')?.pendingRating).toBeUndefined();
  });

  it('reports a failed save and sends the same change again on retry', async () => {
    let fail = true;
    const h = harness(async (c) => {
      if (fail) throw new Error('offline');
      return `ok ${c.rating}`;
    });
    h.saver.rate('s.L1', 'mostly');
    await h.saver.settled();
    expect(h.last('s.L1')).toMatchObject({ status: 'failed', pendingRating: undefined });
    expect((h.last('s.L1')?.error as Error).message).toBe('offline');
    fail = false;
    h.saver.retry('s.L1');
    expect(h.last('s.L1')).toEqual({ status: 'saving', pendingRating: 'mostly' });
    await h.saver.settled();
    expect(h.saved).toEqual(['ok mostly']);
    expect(h.last('s.L1')?.status).toBe('saved');
    h.saver.retry('s.L1');
    await h.saver.settled();
    expect(h.sent).toHaveLength(2);
  });

  it('saves every waiting note when the page closes', async () => {
    const h = harness();
    h.saver.note('a.L1', 'one', 'fully');
    h.saver.note('b.L2', 'two', null);
    h.saver.flush();
    await h.saver.settled();
    expect(h.sent).toEqual([
      { questionId: 'a.L1', rating: 'fully', evidence: 'one' },
      { questionId: 'b.L2', rating: null, evidence: 'two' },
    ]);
  });
});

describe('pageSaveStatus', () => {
  const s = (status: QuestionSave['status']): QuestionSave => ({ status, pendingRating: undefined });
  it('puts a failure first, then anything still on its way', () => {
    expect(pageSaveStatus({})).toBe('idle');
    expect(pageSaveStatus({ a: s('saved'), b: s('saved') })).toBe('saved');
    expect(pageSaveStatus({ a: s('saved'), b: s('editing') })).toBe('saving');
    expect(pageSaveStatus({ a: s('saving'), b: s('failed') })).toBe('failed');
  });
});
