import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseYearView } from '../../shared/enterprise/enterprise-schema';
import { ENERGY_SOURCES } from '../../shared/enterprise/energy-sources';
import { currentLanguage } from '../app/language';
import { formatCount, formatQuantity, formatWan } from '../format/figures';
import { energySourceText } from './enterprise-labels';
import { MONEY_FIELDS } from './form/enterprise-form-values';
import { SizeClassTag } from './SizeClassTag';

interface FigureRow {
  key: string;
  label: ReactNode;
  cell: (y: EnterpriseYearView) => ReactNode;
}

const missing = '—';
const LABEL_WIDTH = 240;
const YEAR_WIDTH = 150;

/**
 * One column per year, oldest first, so the years a filing compares stand side by side; one row per
 * figure, each label carrying its unit.
 */
export function YearFiguresTable({ years }: { years: EnterpriseYearView[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const ordered = [...years].sort((a, b) => a.year - b.year);
  const unitLabel = (label: string, unit: string) => t('units.withUnit', { label, unit });

  const sources = ENERGY_SOURCES.filter((s) => years.some((y) => y.energy.some((e) => e.source === s.code)));
  const rows: FigureRow[] = [
    {
      key: 'employees',
      label: unitLabel(t('fields.employees'), t('units.people')),
      cell: (y) => (y.employees == null ? missing : formatCount(y.employees, lang)),
    },
    ...MONEY_FIELDS.map((f) => ({
      key: f.api,
      label: unitLabel(t(f.label), t('units.wanYuan')),
      cell: (y: EnterpriseYearView) => {
        const yuan = y[f.api];
        return yuan == null ? missing : formatWan(yuan, lang);
      },
    })),
    ...sources.map((s) => ({
      key: `energy-${s.code}`,
      label: unitLabel(`${t('fields.energy')} · ${energySourceText(s.code, lang)}`, s.unit),
      cell: (y: EnterpriseYearView) => {
        const use = y.energy.find((e) => e.source === s.code);
        return use ? formatQuantity(use.quantity, lang) : missing;
      },
    })),
    {
      key: 'size',
      label: t('detail.sizeClass'),
      cell: (y) => <SizeClassTag size={y.sizeClass?.size ?? null} testId={`year-size-${y.year}`} />,
    },
  ];

  const columns: TableColumnsType<FigureRow> = [
    { key: 'label', title: '', render: (_, row) => row.label, fixed: 'start', width: LABEL_WIDTH },
    ...ordered.map((y) => ({
      key: String(y.year),
      title: t('units.year', { year: y.year }),
      width: YEAR_WIDTH,
      align: 'right' as const,
      render: (_: unknown, row: FigureRow) => row.cell(y),
    })),
  ];

  // As wide as its columns, not the card: two years' figures stay next to their labels.
  const width = LABEL_WIDTH + ordered.length * YEAR_WIDTH;
  return (
    <Table<FigureRow>
      style={{ maxWidth: width }}
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: width }}
      data-testid="year-figures"
    />
  );
}
