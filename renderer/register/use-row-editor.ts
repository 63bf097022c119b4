import { App, Form } from 'antd';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EquipmentRecord } from '../../shared/register/register-api';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-errors';
import { placeIssues } from '../components/server-issues';
import { testId } from '../components/test-id';
import { errorText, sharedText } from '../i18n/wire-messages';
import {
  formFieldOfIssue,
  toChanges,
  toFormValues,
  type EquipmentFormValues,
  type FormField,
} from './equipment-form-values';

export interface RowEditActions {
  start: (record: EquipmentRecord, focus?: FormField) => void;
  cancel: () => void;
  save: () => Promise<void>;
}

export interface RowEditor {
  form: ReturnType<typeof Form.useForm<EquipmentFormValues>>[0];
  /** The id of the row being edited, or null. */
  editingId: number | null;
  saving: boolean;
  /**
   * The same object for the life of the page: the table's columns are built on it, and new
   * columns cost a walk over every row of the register (see EquipmentTable).
   */
  actions: RowEditActions;
}

interface Editing {
  record: EquipmentRecord;
  focus: FormField;
}

/**
 * Editing one row in place: its cells become the controls of one form; Enter saves what changed,
 * Esc drops it. The core checks the merged row with the importer's rules; its issues land on the
 * cells they concern, in the current language.
 */
export function useRowEditor(enterpriseId: number): RowEditor {
  const api = useApi();
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<EquipmentFormValues>();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saving, setSaving] = useState(false);

  // The actions read the latest state through this, so they never have to be made again.
  const latest = useRef({ editing, saving, api, t, message, modal, enterpriseId });
  useLayoutEffect(() => {
    latest.current = { editing, saving, api, t, message, modal, enterpriseId };
  });

  // The cells exist only after the render that switched the row to editing.
  useEffect(() => {
    if (editing) form.focusField(editing.focus);
  }, [editing, form]);

  const actions = useMemo<RowEditActions>(() => {
    const cancel = () => {
      setEditing(null);
      form.resetFields();
    };

    const start = (record: EquipmentRecord, focus: FormField = 'name') => {
      const { editing: current, t, modal } = latest.current;
      const open = () => {
        form.resetFields();
        form.setFieldsValue(toFormValues(record));
        setEditing({ record, focus });
      };
      if (current?.record.id === record.id) return;
      if (!current || !form.isFieldsTouched()) return open();
      modal.confirm({
        title: t('register.edit.discardTitle'),
        content: t('register.edit.discardBody'),
        okText: t('register.edit.discard'),
        okButtonProps: { danger: true, ...testId('equipment-discard-confirm') },
        cancelText: t('register.edit.keepEditing'),
        onOk: open,
      });
    };

    const save = async () => {
      const { editing: current, saving: busy, api, t, message, enterpriseId: id } = latest.current;
      if (!current || busy) return;
      try {
        await form.validateFields();
      } catch {
        return;
      }
      // All values, also those of cells scrolled out of view (the form keeps them).
      const changes = toChanges(form.getFieldsValue(true) as EquipmentFormValues, current.record);
      if (Object.keys(changes).length === 0) return cancel();
      setSaving(true);
      try {
        const saved = await api.call('equipment.update', {
          enterpriseId: id,
          id: current.record.id,
          changes,
        });
        void message.success(t('register.edit.saved', { name: saved.asset_code ?? saved.name }));
        cancel();
      } catch (error) {
        if (error instanceof ApiError && error.wire.code === 'VALIDATION') {
          const unplaced = placeIssues(form, error.wire.issues, formFieldOfIssue, { scroll: false });
          for (const issue of unplaced) void message.error(sharedText(t, issue.key, issue.params));
        } else {
          void message.error(errorText(t, error));
        }
      } finally {
        setSaving(false);
      }
    };

    return { start, cancel, save };
  }, [form]);

  return { form, editingId: editing?.record.id ?? null, saving, actions };
}
