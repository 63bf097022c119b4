import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EquipmentRow } from '../../../shared/register/register-fields';
import type { NormalizedRow, RowIssue } from '../../../shared/register/row-normalizer';
import { currentLanguage } from '../../app/language';
import { testId } from '../../components/test-id';
import { formatQuantity, formatWan } from '../../format/figures';
import { sharedText } from '../../i18n/wire-messages';
import { categoryText, efficiencyText, fieldText, statusText } from '../register-labels';

const none = '—';

/**
 * The first rows of the file as they would be stored (units converted, categories inferred), with
 * each row's errors and warnings, so a wrong mapping shows before anything is imported.
 */
export function SampleTable({ sample }: { sample: readonly NormalizedRow[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const show = (render: (row: EquipmentRow) => string) => (_: unknown, r: NormalizedRow) =>
    r.row ? render(r.row) : none;
  const issueLine = (i: RowIssue) =>
    t('register.import.issueLine', { field: fieldText(t, i.field), message: sharedText(t, i.key, i.params) });

  const columns: TableColumnsType<NormalizedRow> = [
    {
      key: 'line',
      title: t('register.issues.line'),
      dataIndex: 'line',
      width: 60,
      align: 'right',
      fixed: 'start',
    },
    {
      key: 'state',
      title: t('register.import.rowState'),
      width: 84,
      fixed: 'start',
      render: (_, r) =>
        r.row === null ? (
          <Tag color="red">{t('register.import.rejectedTag')}</Tag>
        ) : r.warnings.length > 0 ? (
          <Tag color="gold">{t('register.import.warningTag')}</Tag>
        ) : (
          <Tag color="green">{t('register.import.okTag')}</Tag>
        ),
    },
    {
      key: 'issues',
      title: t('register.import.rowIssues'),
      width: 300,
      render: (_, r) => (
        <Flex vertical>
          {r.errors.map((i, n) => (
            <Typography.Text
              key={`e${n}`}
              type="danger"
              style={{ fontSize: 12 }}
              data-testid="import-sample-error"
            >
              {issueLine(i)}
            </Typography.Text>
          ))}
          {r.warnings.map((i, n) => (
            <Typography.Text
              key={`w${n}`}
              type="warning"
              style={{ fontSize: 12 }}
              data-testid="import-sample-warning"
            >
              {issueLine(i)}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      key: 'code',
      title: fieldText(t, 'asset_code'),
      width: 120,
      render: (_, r) => <span className="code-text">{r.code ?? none}</span>,
    },
    { key: 'name', title: fieldText(t, 'name'), width: 150, ellipsis: true, render: show((row) => row.name) },
    {
      key: 'category',
      title: fieldText(t, 'category'),
      width: 130,
      render: show((row) => categoryText(row.category, lang)),
    },
    {
      key: 'quantity',
      title: fieldText(t, 'quantity'),
      width: 70,
      align: 'right',
      render: show((row) => String(row.quantity)),
    },
    {
      key: 'year',
      title: t('register.columns.commissioned'),
      width: 90,
      render: show((row) =>
        row.year_commissioned === null
          ? none
          : row.month_commissioned === null
            ? String(row.year_commissioned)
            : `${row.year_commissioned}-${String(row.month_commissioned).padStart(2, '0')}`,
      ),
    },
    {
      key: 'value',
      onCell: () => testId('import-sample-value'),
      title: t('units.withUnit', { label: t('register.originalValue'), unit: t('units.wanYuan') }),
      width: 120,
      align: 'right',
      render: show((row) =>
        row.original_value_yuan === null ? none : formatWan(row.original_value_yuan, lang),
      ),
    },
    {
      key: 'kw',
      title: t('units.withUnit', { label: t('register.columns.ratedPower'), unit: 'kW' }),
      width: 110,
      align: 'right',
      render: show((row) => (row.rated_kw === null ? none : formatQuantity(row.rated_kw, lang))),
    },
    {
      key: 'efficiency',
      title: fieldText(t, 'efficiency_class'),
      width: 100,
      render: show((row) => (row.efficiency_class === null ? none : efficiencyText(t, row.efficiency_class))),
    },
    {
      key: 'cnc',
      title: t('register.columns.cnc'),
      width: 64,
      render: show((row) => t(row.cnc ? 'register.yes' : 'register.no')),
    },
    {
      key: 'status',
      title: fieldText(t, 'status'),
      width: 90,
      render: show((row) => statusText(row.status, lang)),
    },
  ];
  return (
    <Table<NormalizedRow>
      size="small"
      rowKey="line"
      columns={columns}
      dataSource={sample as NormalizedRow[]}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 1500 }}
      onRow={() => testId('import-sample-row')}
      data-testid="import-sample"
    />
  );
}
