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
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={fieldText(t, 'category')}
        aria-label={fieldText(t, 'category')}
        options={categoryOptions(lang)}
        optionFilterProp="label"
        value={value.categories}
        onChange={(categories) => set({ categories })}
        style={{ width: 200 }}
        data-testid="register-filter-category"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={fieldText(t, 'status')}
        aria-label={fieldText(t, 'status')}
        options={statusOptions(lang)}
        value={value.statuses}
        onChange={(statuses) => set({ statuses })}
        style={{ width: 170 }}
        data-testid="register-filter-status"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={fieldText(t, 'workshop')}
        aria-label={fieldText(t, 'workshop')}
        options={(facets?.workshops ?? []).map((w) => ({ value: w, label: w }))}
        value={value.workshops}
        onChange={(workshops) => set({ workshops })}
        style={{ width: 170 }}
        data-testid="register-filter-workshop"
      />
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
