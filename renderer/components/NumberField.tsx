import { Form, InputNumber, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import { integerRule, maxRule, minRule } from './form-rules';

type NamePath = string | number | (string | number)[];

export interface NumberFieldProps {
  name: NamePath;
  label: ReactNode;
  testId: string;
  /** Shown inside the input, so a figure is never read without its unit. */
  unit?: ReactNode;
  integer?: boolean;
  min?: number;
  max?: number;
  rules?: FormRule[];
  extra?: ReactNode;
  dependencies?: NamePath[];
  /** For an input whose label is elsewhere (a row of a list): names it for screen readers. */
  ariaLabel?: string;
  /** Tighter spacing, for rows of a list. */
  compact?: boolean;
  /** Inside a table cell: no spacing and a small input; the column header is its label. */
  inCell?: boolean;
  /** Thousands separators (1,200,000 kWh); off for years. */
  grouped?: boolean;
}

/** 1200000.5 → "1,200,000.5"; while the user types, the text stays exactly as typed. */
function groupDigits(value: number | undefined, info: { userTyping: boolean; input: string }): string {
  if (info.userTyping) return info.input;
  if (value === undefined || Number.isNaN(value)) return '';
  const [whole = '', fraction] = String(value).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}

/** Separators typed or pasted, ASCII or full-width, are not part of the number; the input reads the digits left. */
const parseDigits = (text: string | undefined): number =>
  (text ?? '').replace(/[,\s，]/g, '') as unknown as number;

/** A labelled number input with its unit and range checks; the form's one way to take a figure. */
export function NumberField(props: NumberFieldProps) {
  const {
    name,
    label,
    testId,
    unit,
    integer,
    min,
    max,
    rules = [],
    extra,
    dependencies,
    ariaLabel,
    compact,
    inCell,
    grouped = true,
  } = props;
  const allRules = [
    ...rules,
    ...(integer ? [integerRule] : []),
    ...(min === undefined ? [] : [minRule(min)]),
    ...(max === undefined ? [] : [maxRule(max)]),
  ];
  return (
    <Form.Item
      name={name}
      label={label}
      rules={allRules}
      extra={extra}
      dependencies={dependencies}
      style={inCell ? { marginBottom: 0 } : compact ? { marginBottom: 8 } : undefined}
    >
      <InputNumber<number>
        size={inCell ? 'small' : undefined}
        style={{ width: '100%' }}
        suffix={unit}
        aria-label={ariaLabel}
        formatter={grouped ? groupDigits : undefined}
        parser={grouped ? parseDigits : undefined}
        data-testid={testId}
      />
    </Form.Item>
  );
}
