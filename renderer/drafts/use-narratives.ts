import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { NarrativeSectionKey } from '../../shared/drafts/narrative-sections';
import type { NarrativeView } from '../../shared/drafts/drafts-api';
import { useApi } from '../api/api-context';
import { currentLanguage } from '../app/language';
import { fromServer, isDirty, saveDone, saveFailed, startSave, type SectionEdit } from './narrative-edit';

type Edits = Partial<Record<NarrativeSectionKey, SectionEdit>>;

function merge(current: Edits, views: NarrativeView[]): Edits {
  const next: Edits = { ...current };
  for (const view of views) next[view.key] = fromServer(current[view.key], view);
  return next;
}

/**
 * The narrative sections' boxes: fetched texts come in unless the user has typed over them; a save
 * sends one section at a time and, when the user typed on meanwhile, saves again. While any box
 * holds unsaved words the browser asks before the page is closed.
 */
export function useNarratives(projectId: number, views: NarrativeView[] | undefined, onSaved: () => void) {
  const api = useApi();
  const [edits, setEdits] = useState<Edits>(() => (views ? merge({}, views) : {}));
  // A new answer from the core is merged in during render, so no frame shows stale boxes.
  const [merged, setMerged] = useState(views);
  if (views !== merged) {
    setMerged(views);
    if (views) setEdits((current) => merge(current, views));
  }
  // A save outlives the render that started it and must see the boxes as they are now.
  const latest = useRef(edits);
  useLayoutEffect(() => {
    latest.current = edits;
  });

  const update = useCallback((key: NarrativeSectionKey, change: (edit: SectionEdit) => SectionEdit) => {
    const edit = latest.current[key];
    if (!edit) return;
    latest.current = { ...latest.current, [key]: change(edit) };
    setEdits(latest.current);
  }, []);

  const setText = useCallback(
    (key: NarrativeSectionKey, text: string) => update(key, (edit) => ({ ...edit, text })),
    [update],
  );

  const save = useCallback(
    async (key: NarrativeSectionKey): Promise<void> => {
      const edit = latest.current[key];
      const started = edit && startSave(edit);
      if (!started) return;
      update(key, () => started);
      try {
        const view = await api.call('drafts.narratives.set', {
          projectId,
          section: key,
          body: started.sending!,
          // The saved section comes back titled in the page's language.
          lang: currentLanguage(),
        });
        update(key, (current) => saveDone(current, view));
        onSaved();
      } catch (error) {
        update(key, (current) => saveFailed(current, error));
        return;
      }
      // Words typed while the save was on its way are saved in turn.
      const after = latest.current[key];
      if (after && isDirty(after)) await save(key);
    },
    [api, projectId, update, onSaved],
  );

  const anyUnsaved = Object.values(edits).some((edit) => edit && (isDirty(edit) || edit.sending !== null));
  useEffect(() => {
    if (!anyUnsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyUnsaved]);

  return { edits, setText, save };
}
