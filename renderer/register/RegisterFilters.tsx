import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EquipmentFacets } from '../../shared/register/register-api';
import { currentLanguage } from '../app/language';
import { NO_FILTER, type FilterState } from './register-filter';
import { categoryOptions, fieldText, statusOptions } from './register-labels';

/** Search, category, status, workshop and year range: all applied by the core, over the whole register. */
export function RegisterFilters({
  value,
  onChange,
  facets,
}: {
  value: FilterState;
  onChange: (next: FilterState) => void;
  facets: EquipmentFacets | undefined;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  const year = (which: 'yearFrom' | 'yearTo', placeholder: number | null | undefined) => (
    <InputNumber<number>
      value={value[which]}
      onChange={(v) => set({ [which]: v === null ? null : Math.trunc(v) })}
      min={1900}
      max={2200}
      precision={0}
      placeholder={placeholder == null ? t(`register.filters.${which}`) : String(placeholder)}
      aria-label={t(`register.filters.${which}`)}
      style={{ width: 92 }}
      data-testid={`register-filter-${which === 'yearFrom' ? 'year-from' : 'year-to'}`}
    />
  );
  /** A multiple choice over one field; an empty choice means no filter on it. */
  const multi = <K extends 'categories' | 'statuses' | 'workshops'>(
    which: K,
    field: 'category' | 'status' | 'workshop',
    options: { value: FilterState[K][number]; label: string }[],
    width: number,
  ) => (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      placeholder={fieldText(t, field)}
      aria-label={fieldText(t, field)}
      options={options}
      optionFilterProp="label"
      value={value[which]}
      onChange={(chosen) => set({ [which]: chosen })}
      style={{ width }}
      data-testid={`register-filter-${field}`}
    />
  );
  const empty = JSON.stringify(value) === JSON.stringify(NO_FILTER);

  return (
    <Flex gap={8} wrap align="center" role="search">
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('register.filters.search')}
        aria-label={t('register.filters.search')}
        value={value.search}
        onChange={(e) => set({ search: e.target.value })}
        style={{ width: 260 }}
        maxLength={200}
        data-testid="register-search"
      />
      {multi('categories', 'category', categoryOptions(lang), 200)}
      {multi('statuses', 'status', statusOptions(lang), 170)}
      {multi(
        'workshops',
        'workshop',
        (facets?.workshops ?? []).map((w) => ({ value: w, label: w })),
        170,
      )}
      <Flex align="center" gap={4}>
        <span>{t('register.filters.years')}</span>
        {year('yearFrom', facets?.yearMin)}
        <span aria-hidden>–</span>
        {year('yearTo', facets?.yearMax)}
      </Flex>
      {!empty && (
        <Button
          icon={<ClearOutlined />}
          onClick={() => onChange(NO_FILTER)}
          data-testid="register-filter-clear"
        >
          {t('register.filters.clear')}
        </Button>
      )}
    </Flex>
  );
}
