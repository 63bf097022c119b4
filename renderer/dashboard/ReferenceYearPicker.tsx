import { Flex, Select, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { referenceYears } from './reference-years';

/** The year ages and the design-life check count to. */
export function ReferenceYearPicker({
  year,
  oldestInRegister,
  onChange,
}: {
  year: number;
  oldestInRegister: number | null;
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const label = t('dashboard.referenceYear', { ns: 'shared' });
  const years = referenceYears(year, new Date().getFullYear(), oldestInRegister);
  return (
    <Flex align="center" gap={8}>
      <Tooltip title={t('dashboard.referenceYearHint', { ns: 'shared' })}>
        <Typography.Text>{label}</Typography.Text>
      </Tooltip>
      <Select
        showSearch
        value={year}
        options={years.map((y) => ({ value: y, label: String(y) }))}
        onChange={onChange}
        aria-label={label}
        style={{ width: 100 }}
        data-testid="dashboard-year"
      />
    </Flex>
  );
}
