import { Form, Input, Select, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import { NumberField, type NumberFieldProps } from '../../components/NumberField';
import type { ItemColumn } from './ItemTable';

/*
 * The columns of an item table and the controls of its row being edited. The column header labels
 * a cell's control, so the control takes the title as its aria-label and leaves no margin.
 */

interface TextCellProps {
  name: string;
  ariaLabel: string;
  testId: string;
  placeholder?: string;
  maxLength?: number;
  /** Keeps the text readable when the table is squeezed. */
  minWidth?: number;
  rules?: FormRule[];
}

export function TextCell({
  name,
  ariaLabel,
  testId,
  placeholder,
  maxLength = 200,
  minWidth,
  rules,
}: TextCellProps) {
  return (
    <Form.Item name={name} rules={rules} style={{ marginBottom: 0, minWidth }}>
      <Input
        size="small"
        maxLength={maxLength}
        placeholder={placeholder}
        aria-label={ariaLabel}
        data-testid={testId}
      />
    </Form.Item>
  );
}

/** A column of free text, edited in one input. */
export function textColumn<T>({
  key,
  title,
  view,
  field,
}: {
  key: string;
  title: string;
  view: (item: T) => ReactNode;
  field: Omit<TextCellProps, 'ariaLabel'>;
}): ItemColumn<T> {
  return { key, title, view, edit: () => <TextCell {...field} ariaLabel={title} /> };
}

/** A column of one of a fixed list of choices; the column's key names its form field. */
export function choiceColumn<T, C extends string>({
  key,
  title,
  width,
  choices,
  text,
  value,
  testId,
}: {
  key: string;
  title: string;
  width: number;
  choices: readonly C[];
  text: (choice: C) => string;
  value: (item: T) => C;
  testId: string;
}): ItemColumn<T> {
  return {
    key,
    title,
    width,
    view: (item) => text(value(item)),
    edit: () => (
      <Form.Item name={key} style={{ marginBottom: 0 }}>
        <Select
          size="small"
          options={choices.map((c) => ({ value: c, label: text(c) }))}
          aria-label={title}
          data-testid={testId}
        />
      </Form.Item>
    ),
  };
}

/** A column of figures, right-aligned, edited with a number input. */
export function numberColumn<T>({
  key,
  title,
  width,
  view,
  field,
  applies = true,
}: {
  key: string;
  title: string;
  width: number;
  view: (item: T) => ReactNode;
  field: Omit<NumberFieldProps, 'label' | 'inCell' | 'ariaLabel'>;
  /** False while the row, as edited, has no such figure (a grant has no rate): a dash instead. */
  applies?: boolean;
}): ItemColumn<T> {
  return {
    key,
    title,
    width,
    align: 'right',
    view,
    edit: () => (applies ? <NumberField {...field} label={null} inCell ariaLabel={title} /> : '—'),
  };
}
