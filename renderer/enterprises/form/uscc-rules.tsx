import type { FormRule } from 'antd';
import { checkUscc, normalizeUscc, type UsccIssue } from '../../../shared/enterprise/uscc';
import { LiveText } from '../../components/LiveText';
import { sharedText } from '../../i18n/wire-messages';

const USCC_LENGTH = 18;

function IssueLines({ issues, testId }: { issues: UsccIssue[]; testId: string }) {
  return (
    <LiveText
      testId={testId}
      text={(t) => issues.map((issue) => sharedText(t, issue.code, issue.params)).join('；')}
    />
  );
}

type Check = ReturnType<typeof checkUscc>;

/** One USCC rule: judges the field's current value and reports the issues `pick` selects from the check. */
function usccRule(
  trigger: string[],
  pick: (check: Check, length: number) => UsccIssue[],
  options: { warningOnly?: boolean; testId: string },
): FormRule {
  return ({ getFieldValue }) => {
    const raw = String(getFieldValue('uscc') ?? '');
    const check = checkUscc(raw);
    const issues = raw.trim() === '' ? [] : pick(check, normalizeUscc(raw).length);
    return {
      validateTrigger: trigger,
      warningOnly: options.warningOnly,
      validator: () => (issues.length ? Promise.reject(new Error(issues[0]?.code)) : Promise.resolve()),
      message: <IssueLines issues={issues} testId={options.testId} />,
    };
  };
}

/**
 * GB 32100 checks as the user types. A complete (or too long) code is judged at once, so a wrong
 * character is named the moment it is there; a code still too short is only called so on leaving
 * the field or saving, not at every keystroke. The two error rules never both fire, so saving shows
 * each problem once. A failed organisation-code check is a warning: it does not block saving.
 */
export const usccRules: FormRule[] = [
  usccRule(['onChange', 'onBlur'], (c, length) => (length >= USCC_LENGTH ? c.errors : []), {
    testId: 'uscc-error',
  }),
  usccRule(['onBlur'], (c, length) => (length < USCC_LENGTH ? c.errors : []), { testId: 'uscc-error' }),
  usccRule(['onChange', 'onBlur'], (c) => (c.valid ? c.warnings : []), {
    warningOnly: true,
    testId: 'uscc-warning',
  }),
];
