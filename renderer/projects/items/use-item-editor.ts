import { App, Form, type FormInstance } from 'antd';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/api/errors';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import { ApiError } from '../../api/api-errors';
import { placeIssues } from '../../components/server-issues';
import { testId } from '../../components/test-id';
import { errorText, sharedText } from '../../i18n/wire-messages';

/** The row being edited: an item's id, the row being added, or none. */
export type EditKey = number | 'new' | null;

export interface ItemSpec<T extends { id: number }, V extends object> {
  /** The form's values for an item, or for a new one. */
  values: (item: T | null) => V;
  /** Adds the item; the project as it now is. */
  add: (values: V) => Promise<ProjectDetail>;
  /** Saves what changed, or null when nothing did. */
  update: (values: V, item: T) => Promise<ProjectDetail | null>;
  remove: (item: T) => Promise<ProjectDetail>;
  /** Where an issue of the core lands: its path is inside the call's item ('line', 'changes'…). */
  fieldOf: (path: FieldIssue['path']) => (string | number)[] | null;
  /** The field that takes the cursor when a row opens. */
  firstField: string;
  /** What the user is told once saved or removed. */
  savedText: (values: V) => string;
  removedText: (item: T) => string;
  /** The project as the core answered, shown at once rather than after the refetch. */
  onSaved: (detail: ProjectDetail) => void;
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

/**
 * One row of a project's items edited at a time, in place: Enter saves it, Esc drops it. The
 * core's validation issues land on the fields they concern in the current language; opening
 * another row while this one has changes asks first.
 */
export function useItemEditor<T extends { id: number }, V extends object>(
  spec: ItemSpec<T, V>,
): ItemEditor<T, V> {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<V>();
  const [editing, setEditing] = useState<{ key: EditKey; item: T | null }>({ key: null, item: null });
  const [saving, setSaving] = useState(false);

  // The actions read the latest state through this, so they are made once.
  const latest = useRef({ spec, editing, saving, t, message, modal });
  useLayoutEffect(() => {
    latest.current = { spec, editing, saving, t, message, modal };
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
      const { editing: current, saving: busy, spec, t, message } = latest.current;
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
          current.item === null ? await spec.add(values) : await spec.update(values, current.item);
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
      const { spec, t, message, editing: current } = latest.current;
      try {
        spec.onSaved(await spec.remove(item));
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
