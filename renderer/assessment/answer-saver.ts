/**
 * Saves a questionnaire's answers as they are given: a rating at once, an evidence note once the
 * user pauses typing (or leaves the field). Saves run one after another, so the core stores them in
 * the order they were made and the last answer to arrive is the last one given.
 */
import type { RatingCode } from '../../shared/assessment/answer-ratings';

export type SaveStatus = 'editing' | 'saving' | 'saved' | 'failed';

export interface QuestionSave {
  status: SaveStatus;
  /**
   * The rating the user gave that the core has not confirmed yet, shown in place of the stored one
   * so a click shows at once; undefined when no rating is on its way.
   */
  pendingRating: RatingCode | null | undefined;
  error?: unknown;
}

export interface AnswerChange {
  questionId: string;
  rating: RatingCode | null;
  /** Omitted: the note stays as stored. */
  evidence?: string;
}

export interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export interface AnswerSaverOptions<R> {
  send: (change: AnswerChange) => Promise<R>;
  onSaved: (result: R) => void;
  onState: (questionId: string, state: QuestionSave) => void;
  noteDelayMs: number;
  timers?: Timers;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Entry {
  /** The newest save asked for: an older one finishing does not report "saved". */
  latest: number;
  /** A note waiting to be saved, with the rating shown when it was typed. */
  note?: { text: string; rating: RatingCode | null; timer: unknown };
  /** Ratings sent and not yet answered, and the last of them. */
  ratingsInFlight: number;
  rating?: RatingCode | null;
  failed?: { change: AnswerChange; isRating: boolean };
}

export class AnswerSaver<R> {
  private queue: Promise<void> = Promise.resolve();
  private readonly entries = new Map<string, Entry>();
  private sequence = 0;
  private readonly timers: Timers;

  constructor(private readonly options: AnswerSaverOptions<R>) {
    this.timers = options.timers ?? realTimers;
  }

  /** A rating is saved at once, with the question's note if one is still waiting. */
  rate(questionId: string, rating: RatingCode | null): void {
    const note = this.takeNote(this.entry(questionId));
    this.enqueue(note ? { questionId, rating, evidence: note.text } : { questionId, rating }, true);
  }

  /**
   * A note is saved after a pause in typing; typing again restarts the wait. It is saved with the
   * question's rating, as shown to the user (`rating`) or as given since.
   */
  note(questionId: string, text: string, rating: RatingCode | null): void {
    const entry = this.entry(questionId);
    if (entry.note) this.timers.clear(entry.note.timer);
    const timer = this.timers.set(() => this.flushNote(questionId), this.options.noteDelayMs);
    entry.note = { text, rating, timer };
    this.report(questionId, 'editing');
  }

  /** Saves a question's waiting note now (the field lost focus). */
  flushNote(questionId: string): void {
    const entry = this.entry(questionId);
    const note = this.takeNote(entry);
    if (note === undefined) return;
    const rating = entry.ratingsInFlight > 0 ? entry.rating! : note.rating;
    this.enqueue({ questionId, rating, evidence: note.text }, false);
  }

  /** Saves every waiting note now (the page is closing). */
  flush(): void {
    for (const [questionId, entry] of this.entries) if (entry.note) this.flushNote(questionId);
  }

  /** Sends again the change of a question whose save failed. */
  retry(questionId: string): void {
    const failed = this.entries.get(questionId)?.failed;
    if (failed) this.enqueue(failed.change, failed.isRating);
  }

  /** Resolves once every save asked for so far has finished. */
  settled(): Promise<void> {
    return this.queue;
  }

  private entry(questionId: string): Entry {
    let entry = this.entries.get(questionId);
    if (!entry) {
      entry = { latest: 0, ratingsInFlight: 0 };
      this.entries.set(questionId, entry);
    }
    return entry;
  }

  private takeNote(entry: Entry): Entry['note'] {
    const { note } = entry;
    if (!note) return undefined;
    this.timers.clear(note.timer);
    delete entry.note;
    return note;
  }

  private report(questionId: string, status: SaveStatus, error?: unknown): void {
    const entry = this.entry(questionId);
    const pendingRating = entry.ratingsInFlight > 0 ? entry.rating : undefined;
    this.options.onState(questionId, { status, pendingRating, ...(error === undefined ? {} : { error }) });
  }

  private enqueue(change: AnswerChange, isRating: boolean): void {
    const { questionId } = change;
    const entry = this.entry(questionId);
    const token = ++this.sequence;
    entry.latest = token;
    delete entry.failed;
    if (isRating) {
      entry.ratingsInFlight += 1;
      entry.rating = change.rating;
    }
    this.report(questionId, 'saving');
    this.queue = this.queue.then(async () => {
      let failed = false;
      let error: unknown;
      try {
        this.options.onSaved(await this.options.send(change));
      } catch (e) {
        failed = true;
        error = e;
      }
      if (isRating) entry.ratingsInFlight -= 1;
      const latest = entry.latest === token;
      if (failed && latest) entry.failed = { change, isRating };
      // A later save of the question, or a note still being typed, decides what it shows.
      if (entry.note) this.report(questionId, 'editing');
      else if (!latest) this.report(questionId, 'saving');
      else this.report(questionId, failed ? 'failed' : 'saved', error);
    });
  }
}

export type PageSaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** One word for the whole page: any failure first, then anything still on its way. */
export function pageSaveStatus(saves: Readonly<Record<string, QuestionSave>>): PageSaveStatus {
  const states = Object.values(saves).map((s) => s.status);
  if (states.includes('failed')) return 'failed';
  if (states.includes('saving') || states.includes('editing')) return 'saving';
  return states.length > 0 ? 'saved' : 'idle';
}
