import { App, Form, type FormInstance } from 'antd';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/contract';
import type { FieldIssue } from '../../../shared/api/errors';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import { useApi } from '../../api/api-context';
import { ApiError } from '../../api/api-errors';
import { placeIssues } from '../../components/server-issues';
import { testId } from '../../components/test-id';
import { errorText, sharedText } from '../../i18n/wire-messages';
import type { ProjectPartProps } from '../project-part';

/** The row being edited: an item's id, the row being added, or none. */
export type EditKey = number | 'new' | null;

type RemoveMethod = 'projects.removeLine' | 'projects.removeFinancing' | 'projects.removeBenefit';

export interface ItemSpec<
  T extends { id: number },
  V extends object,
  C extends object,
> extends ProjectPartProps {
  /** The form's values for an item, or for a new one. */
  values: (item: T | null) => V;
  /** Adds the item; the project as it now is. */
  add: (api: ApiClient, values: V) => Promise<ProjectDetail>;
  /** What the form changes of the stored item; when nothing, saving makes no call. */
  changes: (values: V, item: T) => C;
  update: (api: ApiClient, item: T, changes: C) => Promise<ProjectDetail>;
  remove: RemoveMethod;
  /** Where an issue of the core lands: its path is inside the call's item ('line', 'changes'…). */
  fieldOf: (path: FieldIssue['path']) => (string | number)[] | null;
  /** The field that takes the cursor when a row opens. */
  firstField: string;
  /** What the user is told once saved or removed. */
  savedText: (values: V) => string;
  removedText: (item: T) => string;
}

export interface ItemEditor<T extends { id: number }, V extends object> {
  form: FormInstance<V>;
  editing: EditKey;
  saving: boolean;
  start: (item: T) => void;
  startNew: () => void;
  cancel: () => void;
  save: () => Promise<void>;
  remove: (item: T) => Promise<void>;
}

/** Saves what the form changed of the item; null, and no call, when it changed nothing. */
async function saveChanges<T extends { id: number }, V extends object, C extends object>(
  api: ApiClient,
  spec: ItemSpec<T, V, C>,
  values: V,
  item: T,
): Promise<ProjectDetail | null> {
  const changes = spec.changes(values, item);
  return Object.keys(changes).length === 0 ? null : spec.update(api, item, changes);
}

/**
 * One row of a project's items edited at a time, in place: Enter saves it, Esc drops it. The
 * core's validation issues land on the fields they concern in the current language; opening
 * another row while this one has changes asks first.
 */
export function useItemEditor<T extends { id: number }, V extends object, C extends object>(
  spec: ItemSpec<T, V, C>,
): ItemEditor<T, V> {
  const { t } = useTranslation();
  const api = useApi();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<V>();
  const [editing, setEditing] = useState<{ key: EditKey; item: T | null }>({ key: null, item: null });
  const [saving, setSaving] = useState(false);

  // The actions read the latest state through this, so they are made once.
  const latest = useRef({ spec, api, editing, saving, t, message, modal });
  useLayoutEffect(() => {
    latest.current = { spec, api, editing, saving, t, message, modal };
  });

  // The row's fields exist only after the render that opened it.
  useEffect(() => {
    if (editing.key !== null) form.focusField(latest.current.spec.firstField);
  }, [editing, form]);

  const actions = useMemo(() => {
    const cancel = () => {
      setEditing({ key: null, item: null });
      form.resetFields();
    };
    const open = (key: EditKey, item: T | null) => {
      const { editing: current, t, modal, spec } = latest.current;
      const go = () => {
        form.resetFields();
        form.setFieldsValue(spec.values(item) as Parameters<typeof form.setFieldsValue>[0]);
        setEditing({ key, item });
      };
      if (current.key === key) return;
      if (current.key === null || !form.isFieldsTouched()) return go();
      modal.confirm({
        title: t('projectUi.items.discardTitle'),
        content: t('projectUi.items.discardBody'),
        okText: t('projectUi.items.discard'),
        okButtonProps: { danger: true, ...testId('item-discard-confirm') },
        cancelText: t('projectUi.items.keepEditing'),
        onOk: go,
      });
    };

    const save = async () => {
      const { editing: current, saving: busy, spec, api, t, message } = latest.current;
      if (current.key === null || busy) return;
      try {
        await form.validateFields();
      } catch {
        return;
      }
      const values = form.getFieldsValue(true) as V;
      setSaving(true);
      try {
        const detail =
          current.item === null
            ? await spec.add(api, values)
            : await saveChanges(api, spec, values, current.item);
        if (detail) {
          spec.onSaved(detail);
          void message.success(spec.savedText(values));
        }
        cancel();
      } catch (error) {
        if (error instanceof ApiError && error.wire.code === 'VALIDATION') {
          const unplaced = placeIssues(form, error.wire.issues, spec.fieldOf, { scroll: false });
          for (const issue of unplaced) void message.error(sharedText(t, issue.key, issue.params));
        } else {
          void message.error(errorText(t, error));
        }
      } finally {
        setSaving(false);
      }
    };

    const remove = async (item: T) => {
      const { spec, api, t, message, editing: current } = latest.current;
      try {
        spec.onSaved(await api.call(spec.remove, { projectId: spec.project.id, itemId: item.id }));
        if (current.key === item.id) cancel();
        void message.success(spec.removedText(item));
      } catch (error) {
        void message.error(errorText(t, error));
      }
    };

    return {
      start: (item: T) => open(item.id, item),
      startNew: () => open('new', null),
      cancel,
      save,
      remove,
    };
  }, [form]);

  return { form, editing: editing.key, saving, ...actions };
}
