import { AutoComplete, Checkbox, Form, Input, Select, type FormRule } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_YUAN } from '../../shared/money';
import { LIMITS, TEXT_MAX } from '../../shared/register/register-fields';
import { currentLanguage } from '../app/language';
import { requiredRule, requiredTextRule, sharedMessage } from '../components/form-rules';
import { NumberField } from '../components/NumberField';
import type { FormField } from './equipment-form-values';
import {
  categoryOptions,
  efficiencyOptions,
  energySourceOptions,
  fieldText,
  statusOptions,
} from './register-labels';

/** The year the core checks commissioning years against: nothing can have started in the future. */
const referenceYear = () => new Date().getFullYear();

/** A month needs its year, as the row schema says. */
const monthNeedsYearRule: FormRule = ({ getFieldValue }) => ({
  validator: (_, month: unknown) =>
    month != null && getFieldValue('year_commissioned') == null
      ? Promise.reject(new Error('monthWithoutYear'))
      : Promise.resolve(),
  message: sharedMessage('register.monthWithoutYear'),
});

/** Robots always count as CNC (DOMAIN.md §4); the core refuses the combination too. */
const robotIsCncRule: FormRule = ({ getFieldValue }) => ({
  validator: (_, cnc: unknown) =>
    getFieldValue('category') === 'robot' && cnc === false
      ? Promise.reject(new Error('robotIsCnc'))
      : Promise.resolve(),
  message: sharedMessage('register.robotIsCnc'),
});

export interface EquipmentFieldProps {
  field: FormField;
  /** 'cell': a small control in the row being edited; 'form': a labelled one in a dialog. */
  mode: 'cell' | 'form';
  testId: string;
  /** Workshops already in the register, offered while typing. */
  workshops?: readonly string[];
}

/** One register field as a form control, with the limits the core's row schema applies. */
export function EquipmentField({ field, mode, testId, workshops = [] }: EquipmentFieldProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const inCell = mode === 'cell';
  const label = fieldLabel(t, field);
  const size = inCell ? ('small' as const) : undefined;
  const item = (
    control: ReactNode,
    rules: FormRule[] = [],
    extra: Partial<Parameters<typeof Form.Item>[0]> = {},
  ) => (
    <Form.Item
      name={field}
      label={inCell ? undefined : label}
      rules={rules}
      style={inCell ? { marginBottom: 0 } : undefined}
      {...extra}
    >
      {control}
    </Form.Item>
  );
  const number = (opts: {
    min: number;
    max: number;
    integer?: boolean;
    unit?: string;
    grouped?: boolean;
  }) => (
    <NumberField
      name={field}
      label={inCell ? null : label}
      ariaLabel={label}
      testId={testId}
      inCell={inCell}
      unit={inCell ? undefined : opts.unit}
      integer={opts.integer}
      min={opts.min}
      max={opts.max}
      grouped={opts.grouped}
      rules={
        field === 'quantity' ? [requiredRule] : field === 'month_commissioned' ? [monthNeedsYearRule] : []
      }
      dependencies={field === 'month_commissioned' ? ['year_commissioned'] : undefined}
    />
  );
  const select = (options: { value: string; label: string }[], required: boolean) =>
    item(
      <Select
        size={size}
        options={options}
        allowClear={!required}
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
        aria-label={label}
        data-testid={testId}
      />,
      required ? [requiredRule] : [],
    );
  const text = (max: number, rules: FormRule[] = [], className?: string) =>
    item(
      <Input
        size={size}
        maxLength={max}
        className={className}
        aria-label={label}
        data-testid={testId}
        spellCheck={false}
      />,
      rules,
    );

  switch (field) {
    case 'asset_code':
      return text(TEXT_MAX.asset_code, [], 'code-text');
    case 'name':
      return text(TEXT_MAX.name, [requiredTextRule]);
    case 'model':
    case 'maker':
    case 'notes':
      return text(TEXT_MAX[field]);
    case 'workshop':
      return item(
        // Free text with the register's workshops as suggestions: a new workshop is just a new value.
        <AutoComplete
          size={size}
          allowClear
          options={workshops.map((w) => ({ value: w }))}
          filterOption={(input, option) => String(option?.value ?? '').includes(input.trim())}
          popupMatchSelectWidth={false}
          maxLength={TEXT_MAX.workshop}
          aria-label={label}
          data-testid={testId}
        />,
      );
    case 'category':
      return select(categoryOptions(lang), true);
    case 'status':
      return select(statusOptions(lang), true);
    case 'energy_source':
      return select(energySourceOptions(lang), false);
    case 'efficiency_class':
      return select(efficiencyOptions(t), false);
    case 'cnc':
    case 'networked':
      return item(
        <Checkbox aria-label={label} data-testid={testId}>
          {inCell ? null : label}
        </Checkbox>,
        field === 'cnc' ? [robotIsCncRule] : [],
        {
          valuePropName: 'checked',
          label: undefined,
          dependencies: field === 'cnc' ? ['category'] : undefined,
        },
      );
    case 'quantity':
      return number({ min: 1, max: LIMITS.maxQuantity, integer: true, unit: t('register.units.sets') });
    case 'year_commissioned':
      return number({ min: LIMITS.minYear, max: referenceYear(), integer: true, grouped: false });
    case 'month_commissioned':
      return number({ min: 1, max: 12, integer: true, grouped: false });
    case 'original_value_wan':
      return number({ min: 0, max: MAX_YUAN / 10_000, unit: t('units.wanYuan') });
    case 'rated_kw':
      return number({ min: 0, max: LIMITS.maxKw, unit: 'kW' });
    case 'annual_hours':
      return number({ min: 0, max: LIMITS.maxAnnualHours, unit: 'h' });
    case 'load_factor':
      return number({ min: 0, max: 1 });
  }
}

/** The label of a form field; money carries 万元 because that is what the form takes. */
export function fieldLabel(t: TFunction, field: FormField): string {
  if (field === 'original_value_wan') {
    return t('units.withUnit', { label: t('register.originalValue'), unit: t('units.wanYuan') });
  }
  return fieldText(t, field);
}
