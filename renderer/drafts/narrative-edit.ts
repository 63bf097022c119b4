/**
 * One narrative section's box as the page holds it: what the user typed, what the core stores, and
 * whether a save is under way or failed. The text in the box is never replaced while it differs from
 * what is stored: a refetch or a failed save leaves the user's words where they are.
 */
import type { NarrativeView } from '../../shared/drafts/drafts-api';

export interface SectionEdit {
  /** What the box shows. */
  text: string;
  /** What the core holds, as far as the page knows ('' for an empty section). */
  stored: string;
  /** The text a save under way is sending, or null. */
  sending: string | null;
  /** Why the last save failed, or null. */
  error: unknown;
  updatedAt: string | null;
}

export type SectionStatus = 'saved' | 'empty' | 'unsaved' | 'saving' | 'failed';

export function sectionStatus(edit: SectionEdit): SectionStatus {
  if (edit.sending !== null) return 'saving';
  if (edit.text !== edit.stored) return edit.error === null ? 'unsaved' : 'failed';
  return edit.stored === '' ? 'empty' : 'saved';
}

export const isDirty = (edit: SectionEdit) => edit.text !== edit.stored;

/** The section as the core answered a fetch: taken as it is, unless the user has words of their own in the box. */
export function fromServer(edit: SectionEdit | undefined, view: NarrativeView): SectionEdit {
  const stored = view.body ?? '';
  if (!edit) return { text: stored, stored, sending: null, error: null, updatedAt: view.updatedAt };
  if (isDirty(edit) || edit.sending !== null)
    return { ...edit, stored: edit.sending === null ? stored : edit.stored };
  return { ...edit, text: stored, stored, updatedAt: view.updatedAt };
}

/** A save starts with the box's text; null when there is nothing to save or one is under way. */
export function startSave(edit: SectionEdit): SectionEdit | null {
  if (edit.sending !== null || !isDirty(edit)) return null;
  return { ...edit, sending: edit.text, error: null };
}

/**
 * The core stored the section. The box takes the stored text (the core may have tidied it) only if
 * the user has not typed since the save began; otherwise the newer words stay, still to be saved.
 */
export function saveDone(edit: SectionEdit, view: NarrativeView): SectionEdit {
  const stored = view.body ?? '';
  const typedSince = edit.text !== edit.sending;
  return {
    text: typedSince ? edit.text : stored,
    stored,
    sending: null,
    error: null,
    updatedAt: view.updatedAt,
  };
}

export function saveFailed(edit: SectionEdit, error: unknown): SectionEdit {
  return { ...edit, sending: null, error };
}
