import type { FormRule } from 'antd';
import type { Params } from '../../shared/api/errors';
import { sharedText } from '../i18n/wire-messages';
import { LiveText } from './LiveText';

/** A rule message from the shared catalogue, so the form says what the core would say. */
export const sharedMessage = (key: string, params?: Params, testId?: string) => (
  <LiveText text={(t) => sharedText(t, key, params)} testId={testId} />
);

/** For any kind of value. Adding `whitespace` would make the validator check for a string. */
export const requiredRule: FormRule = {
  required: true,
  message: sharedMessage('validation.required'),
};

/** For text: blanks alone do not count as an answer. */
export const requiredTextRule: FormRule = {
  required: true,
  whitespace: true,
  message: sharedMessage('validation.required'),
};

/** Presence is checked by requiredRule; these leave an empty field alone. */
export const minRule = (minimum: number): FormRule => ({
  type: 'number',
  min: minimum,
  message: sharedMessage('validation.too_small', { minimum }),
});

export const maxRule = (maximum: number): FormRule => ({
  type: 'number',
  max: maximum,
  message: sharedMessage('validation.too_big', { maximum }),
});

export const integerRule: FormRule = {
  validator: (_, value: unknown) =>
    value == null || Number.isInteger(value) ? Promise.resolve() : Promise.reject(new Error('integer')),
  message: <LiveText text={(t) => t('form.integer')} />,
};
