import type { FormRule } from 'antd';
import { hasAtMostTwoDecimals } from '../../../shared/money';
import { sharedMessage } from '../../components/form-rules';

/** Fen are the smallest unit the core keeps: a third decimal would be dropped without a word. */
const twoDecimals = (key: string): FormRule => ({
  validator: (_, value: unknown) =>
    value == null || (typeof value === 'number' && hasAtMostTwoDecimals(value))
      ? Promise.resolve()
      : Promise.reject(new Error(key)),
  message: sharedMessage(key),
});

export const yuanRule = twoDecimals('validation.twoDecimals');
export const quantityRule = twoDecimals('projects.quantityDecimals');
