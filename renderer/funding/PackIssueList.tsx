import { Button, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { sharedText } from '../i18n/wire-messages';
import type { PackIssueView } from './pack-issues';

/**
 * A pack's problems, each with where it is: the path inside the pack, the line and column, and
 * (in the editor) a button that puts the caret there.
 */
export function PackIssueList({
  issues,
  onGoTo,
}: {
  issues: readonly PackIssueView[];
  onGoTo?: (offset: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={issues as PackIssueView[]}
      data-testid="funding-issues"
      renderItem={(issue) => (
        <List.Item data-testid="funding-issue" style={{ paddingInline: 0, display: 'block' }}>
          {issue.path && (
            <Typography.Text code className="code-text" data-testid="funding-issue-path">
              {issue.path}
            </Typography.Text>
          )}{' '}
          <span data-testid="funding-issue-message">{sharedText(t, issue.key, issue.params)}</span>
          {issue.line !== null && issue.key !== 'funding.jsonSyntaxAt' && (
            <Typography.Text type="secondary" data-testid="funding-issue-place">
              {' '}
              {t('fundingUi.atLine', { line: issue.line, column: issue.column })}
            </Typography.Text>
          )}
          {onGoTo && issue.offset !== null && (
            <Button
              type="link"
              size="small"
              onClick={() => onGoTo(issue.offset!)}
              data-testid="funding-issue-goto"
              style={{ paddingInline: 4 }}
            >
              {t('fundingUi.goTo')}
            </Button>
          )}
        </List.Item>
      )}
    />
  );
}
