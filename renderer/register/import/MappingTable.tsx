import { Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Basis, HeaderMapping } from '../../../shared/register/header-mapping';
import { MAPPABLE_FIELDS, type MappableField } from '../../../shared/register/register-fields';
import { sharedText } from '../../i18n/wire-messages';
import { fieldText } from '../register-labels';
import { columnLetter, HAS_BASIS, UNIT_OPTIONS } from './import-mapping';

/** The column a field is given, or none: a select cannot hold null, so "none" is -1. */
const NONE = -1;

export interface MappingTableProps {
  headers: readonly string[];
  mapping: HeaderMapping;
  disabled: boolean;
  onColumn: (field: MappableField, column: number | null) => void;
  onUnit: (field: MappableField, patch: { scale?: number; basis?: Basis }) => void;
}

/**
 * Each register field with the file column that fills it, the unit its cells are read in, and why
 * the column was picked; every choice can be corrected and the preview follows.
 */
export function MappingTable({ headers, mapping, disabled, onColumn, onUnit }: MappingTableProps) {
  const { t } = useTranslation();
  const columnOptions = [
    { value: NONE, label: t('register.import.noColumn') },
    ...headers.map((h, i) => ({
      value: i,
      label: `${columnLetter(i)} · ${h.trim() === '' ? t('register.import.blankHeader') : h}`,
    })),
  ];

  const columns: TableColumnsType<MappableField> = [
    {
      key: 'field',
      title: t('register.import.field'),
      width: 150,
      render: (_, field) => (
        <Flex vertical>
          <Typography.Text strong={field === 'name' || field === 'asset_code'}>
            {fieldText(t, field)}
          </Typography.Text>
          {field === 'name' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('register.import.required')}
            </Typography.Text>
          )}
          {field === 'asset_code' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('register.import.codeKey')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'column',
      title: t('register.import.column'),
      width: 260,
      render: (_, field) => (
        <Select<number>
          value={mapping[field]?.column ?? NONE}
          options={columnOptions}
          onChange={(v) => onColumn(field, v === NONE ? null : v)}
          disabled={disabled}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          aria-label={t('register.import.columnFor', { field: fieldText(t, field) })}
          data-testid={`mapping-${field}`}
        />
      ),
    },
    {
      key: 'unit',
      title: t('register.import.unit'),
      width: 250,
      render: (_, field) => {
        const match = mapping[field];
        const units = UNIT_OPTIONS[field];
        if (!match || !units) return <Typography.Text type="secondary">—</Typography.Text>;
        // A scale the list does not name (from a remembered mapping) still shows as what it is.
        const known = units.some((u) => u.scale === match.scale);
        return (
          <Flex gap={6}>
            <Select<number>
              value={match.scale}
              options={[
                ...units.map((u) => ({ value: u.scale, label: u.unit })),
                ...(known ? [] : [{ value: match.scale, label: `×${match.scale}` }]),
              ]}
              onChange={(scale) => onUnit(field, { scale })}
              disabled={disabled}
              style={{ width: 96 }}
              aria-label={t('register.import.unitFor', { field: fieldText(t, field) })}
              data-testid={`mapping-${field}-scale`}
            />
            {HAS_BASIS.has(field) && (
              <Select<Basis>
                value={match.basis ?? (field === 'rated_kw' ? 'unit' : 'row')}
                options={[
                  { value: 'unit', label: t('register.import.basisUnit') },
                  { value: 'row', label: t('register.import.basisRow') },
                ]}
                onChange={(basis) => onUnit(field, { basis })}
                disabled={disabled}
                style={{ width: 130 }}
                popupMatchSelectWidth={false}
                aria-label={t('register.import.basisFor', { field: fieldText(t, field) })}
                data-testid={`mapping-${field}-basis`}
              />
            )}
          </Flex>
        );
      },
    },
    {
      key: 'why',
      title: t('register.import.why'),
      render: (_, field) => {
        const match = mapping[field];
        if (!match) {
          return (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(field === 'name' ? 'register.import.nameMissing' : 'register.import.notMapped')}
            </Typography.Text>
          );
        }
        const percent = Math.round(match.confidence * 100);
        return (
          <Flex gap={6} align="baseline">
            <Tag
              color={percent >= 90 ? 'green' : percent >= 60 ? 'gold' : 'orange'}
              style={{ marginInlineEnd: 0 }}
            >
              {t('register.import.confidence', { percent })}
            </Tag>
            <Typography.Text style={{ fontSize: 12 }} data-testid={`mapping-${field}-why`}>
              {sharedText(t, match.why.key, match.why.params)}
              {match.unit && ` · ${t('register.import.unitInHeader', { unit: match.unit })}`}
            </Typography.Text>
          </Flex>
        );
      },
    },
  ];

  return (
    <Table<MappableField>
      size="small"
      rowKey={(f) => f}
      columns={columns}
      dataSource={[...MAPPABLE_FIELDS]}
      pagination={false}
      scroll={{ x: 860 }}
      data-testid="import-mapping"
    />
  );
}
