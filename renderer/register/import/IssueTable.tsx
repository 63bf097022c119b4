import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RegisterField } from '../../../shared/register/register-fields';
import type { ImportIssue } from '../../../shared/register/register-api';
import { MAX_LISTED_ISSUES } from '../../../shared/register/register-fields';
import { testId } from '../../components/test-id';
import { sharedText } from '../../i18n/wire-messages';
import { fieldText } from '../register-labels';

const issueText = (t: TFunction, i: ImportIssue) => sharedText(t, i.key, i.params);

/** A cell a spreadsheet would run as a formula is written as text (a leading apostrophe). */
const csvCell = (text: string) => {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The list as a CSV the user can fix the file from; with a BOM so Excel reads it as UTF-8. */
function downloadCsv(t: TFunction, issues: readonly ImportIssue[], fileName: string): void {
  const head = [
    t('register.issues.line'),
    t('register.issues.column'),
    t('register.issues.field'),
    t('register.issues.value'),
    t('register.issues.reason'),
  ];
  const lines = issues.map((i) =>
    [String(i.line), i.column ?? '', fieldText(t, i.field as RegisterField), i.value, issueText(t, i)]
      .map(csvCell)
      .join(','),
  );
  const blob = new Blob(['\uFEFF' + [head.map(csvCell).join(','), ...lines].join('\r\n')], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Rows the import refused or accepted with a remark: line and column as the user sees them in the
 * spreadsheet, the cell, and the reason in the current language.
 */
export function IssueTable({
  issues,
  summary,
  testIdPrefix,
  downloadName,
}: {
  issues: readonly ImportIssue[];
  /** What the list holds, with the complete counts (the list itself is capped by the core). */
  summary: string;
  testIdPrefix: string;
  downloadName: string;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ImportIssue> = [
    { key: 'line', title: t('register.issues.line'), dataIndex: 'line', width: 72, align: 'right' },
    {
      key: 'column',
      title: t('register.issues.column'),
      width: 150,
      ellipsis: true,
      render: (_, i) => i.column ?? t('register.issues.noColumn'),
    },
    {
      key: 'field',
      title: t('register.issues.field'),
      width: 130,
      render: (_, i) => fieldText(t, i.field as RegisterField),
    },
    {
      key: 'value',
      title: t('register.issues.value'),
      width: 160,
      ellipsis: true,
      render: (_, i) =>
        i.value === '' ? (
          <Typography.Text type="secondary">{t('register.issues.blank')}</Typography.Text>
        ) : (
          i.value
        ),
    },
    {
      key: 'reason',
      title: t('register.issues.reason'),
      render: (_, i) => <span data-testid={`${testIdPrefix}-reason`}>{issueText(t, i)}</span>,
    },
  ];
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary" data-testid={`${testIdPrefix}-summary`}>
          {summary}
          {issues.length >= MAX_LISTED_ISSUES && ` ${t('register.issues.capped', { shown: issues.length })}`}
        </Typography.Text>
        {issues.length > 0 && (
          <Button
            size="small"
            icon={<DownloadOutlined />}
            onClick={() => downloadCsv(t, issues, downloadName)}
            data-testid={`${testIdPrefix}-download`}
          >
            {t('register.issues.download')}
          </Button>
        )}
      </Flex>
      <Table<ImportIssue>
        size="small"
        rowKey={(i) => `${i.line}-${i.field}-${i.key}`}
        columns={columns}
        dataSource={issues as ImportIssue[]}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 760 }}
        onRow={() => testId(`${testIdPrefix}-row`)}
        data-testid={testIdPrefix}
      />
    </Flex>
  );
}
