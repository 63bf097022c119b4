import { Alert, App, AutoComplete, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, TEXT_MAX } from '../../shared/register/register-fields';
import type { EquipmentChanges } from '../../shared/register/register-api';
import type { CategoryCode, EfficiencyClass, StatusCode } from '../../shared/register/taxonomy';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-errors';
import { currentLanguage } from '../app/language';
import { NumberField } from '../components/NumberField';
import { placeIssues } from '../components/server-issues';
import { testId } from '../components/test-id';
import { formatCount } from '../format/figures';
import { errorText, sharedText } from '../i18n/wire-messages';
import { fieldLabel } from './EquipmentField';
import { formFieldOfIssue } from './equipment-form-values';
import {
  categoryOptions,
  categoryText,
  efficiencyOptions,
  efficiencyText,
  statusOptions,
  statusText,
} from './register-labels';
import { useAnnounceChange } from './use-undo-change';

/** Chosen in a select to set the class to "unknown", which a blank select could not say. */
const UNKNOWN = '__unknown__';

interface BulkValues {
  category?: CategoryCode;
  status?: StatusCode;
  workshop?: string;
  cnc?: 'yes' | 'no';
  networked?: 'yes' | 'no';
  efficiency_class?: EfficiencyClass | typeof UNKNOWN;
  annual_hours?: number | null;
}

/** Only what the user set: a blank control leaves that field of every row as it is. */
function toChanges(v: BulkValues): EquipmentChanges {
  const changes: EquipmentChanges = {};
  if (v.category) changes.category = v.category;
  if (v.status) changes.status = v.status;
  if (v.workshop?.trim()) changes.workshop = v.workshop.trim();
  if (v.cnc) changes.cnc = v.cnc === 'yes';
  if (v.networked) changes.networked = v.networked === 'yes';
  if (v.efficiency_class)
    changes.efficiency_class = v.efficiency_class === UNKNOWN ? null : v.efficiency_class;
  if (v.annual_hours != null) changes.annual_hours = v.annual_hours;
  return changes;
}

/** Sets a few fields of every selected row at once, after a confirmation; undoable as one change. */
export function BulkEditDialog({
  enterpriseId,
  ids,
  workshops,
  open,
  onClose,
}: {
  enterpriseId: number;
  ids: ReadonlySet<number>;
  workshops: readonly string[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { modal } = App.useApp();
  const announce = useAnnounceChange(enterpriseId);
  const [form] = Form.useForm<BulkValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const n = formatCount(ids.size, lang);
  const yesNo = [
    { value: 'yes', label: t('register.yes') },
    { value: 'no', label: t('register.no') },
  ];

  /** "类别 → 机床" lines for the confirmation. */
  const summary = (c: EquipmentChanges): string[] =>
    Object.entries(c).map(([field, value]) => {
      const shown =
        value === null
          ? t('register.bulk.unknown')
          : typeof value === 'boolean'
            ? t(value ? 'register.yes' : 'register.no')
            : field === 'category'
              ? categoryText(value as CategoryCode, lang)
              : field === 'status'
                ? statusText(value as StatusCode, lang)
                : field === 'efficiency_class'
                  ? efficiencyText(t, value as EfficiencyClass)
                  : String(value);
      return `${fieldLabel(t, field as 'category')} → ${shown}`;
    });

  const apply = async (changes: EquipmentChanges) => {
    try {
      const result = await api.call('equipment.bulkUpdate', { enterpriseId, ids: [...ids], changes });
      announce(result.changeSetId, t('register.bulk.done', { n: formatCount(result.count, lang) }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.wire.code === 'VALIDATION') {
        const unplaced = placeIssues(form, error.wire.issues, formFieldOfIssue);
        setProblem(unplaced.length ? unplaced.map((i) => sharedText(t, i.key, i.params)).join('；') : null);
      } else {
        setProblem(errorText(t, error));
      }
    }
  };

  const submit = (values: BulkValues) => {
    const changes = toChanges(values);
    if (Object.keys(changes).length === 0) return setProblem(t('register.bulk.nothing'));
    setProblem(null);
    modal.confirm({
      title: t('register.bulk.confirmTitle', { n }),
      content: (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="register-bulk-summary">
          {summary(changes).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ),
      okText: t('register.bulk.apply'),
      okButtonProps: testId('register-bulk-confirm'),
      cancelText: t('common.cancel'),
      onOk: () => apply(changes),
    });
  };

  const select = (name: keyof BulkValues, options: { value: string; label: string }[]) => (
    <Form.Item name={name} label={fieldLabel(t, name)}>
      <Select
        allowClear
        options={options}
        placeholder={t('register.bulk.unchanged')}
        showSearch={{ optionFilterProp: 'label' }}
        data-testid={`register-bulk-${name}`}
      />
    </Form.Item>
  );

  return (
    <Modal
      open={open}
      title={t('register.bulk.title', { n })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('register.bulk.next')}
      cancelText={t('common.cancel')}
      okButtonProps={testId('register-bulk-ok')}
      cancelButtonProps={testId('register-bulk-cancel')}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('register.bulk.intro')}</Typography.Paragraph>
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem}
          style={{ marginBottom: 16 }}
          data-testid="register-bulk-error"
        />
      )}
      <Form<BulkValues> form={form} layout="vertical" onFinish={submit} clearOnDestroy>
        {select('category', categoryOptions(lang))}
        {select('status', statusOptions(lang))}
        <Form.Item name="workshop" label={fieldLabel(t, 'workshop')}>
          <AutoComplete
            allowClear
            options={workshops.map((w) => ({ value: w }))}
            maxLength={TEXT_MAX.workshop}
            placeholder={t('register.bulk.unchanged')}
            data-testid="register-bulk-workshop"
          />
        </Form.Item>
        {select('cnc', yesNo)}
        {select('networked', yesNo)}
        {select('efficiency_class', [
          ...efficiencyOptions(t),
          { value: UNKNOWN, label: t('register.bulk.unknown') },
        ])}
        <NumberField
          name="annual_hours"
          label={fieldLabel(t, 'annual_hours')}
          unit="h"
          min={0}
          max={LIMITS.maxAnnualHours}
          testId="register-bulk-annual_hours"
        />
      </Form>
    </Modal>
  );
}
