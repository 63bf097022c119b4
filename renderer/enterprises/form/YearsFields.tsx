import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Form, Row, type FormRule } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../components/NumberField';
import { requiredRule, sharedMessage } from '../../components/form-rules';
import { EnergyFields } from './EnergyFields';
import { MONEY_FIELDS, type YearFormValues } from './enterprise-form-values';

const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

/** A year may appear once; the message names it, as the core's own check would. */
const uniqueYearRule =
  (index: number): FormRule =>
  ({ getFieldValue }) => {
    const years = (getFieldValue('years') as YearFormValues[] | undefined) ?? [];
    const year = years[index]?.year;
    const twice = year != null && years.some((y, i) => i !== index && y?.year === year);
    return {
      validator: () => (twice ? Promise.reject(new Error('duplicateYear')) : Promise.resolve()),
      message: sharedMessage('validation.duplicateYear', { year: year ?? '' }),
    };
  };

/**
 * The year a new entry starts with: the year before the oldest one entered (filings look back), or
 * last year for the first entry, since the current year's figures are not final.
 */
function nextYear(years: YearFormValues[]): number {
  const known = years.map((y) => y?.year).filter((y): y is number => typeof y === 'number');
  return known.length ? Math.min(...known) - 1 : dayjs().year() - 1;
}

function YearCard({ index, count, onRemove }: { index: number; count: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const year = Form.useWatch<number | null | undefined>(['years', index, 'year']);
  const title =
    typeof year === 'number' ? t('enterpriseForm.yearTitle', { year }) : t('enterpriseForm.newYear');
  const testId = (part: string) => `enterprise-year-${index}-${part}`;
  const otherYears = Array.from({ length: count }, (_, i) => i)
    .filter((i) => i !== index)
    .map((i) => ['years', i, 'year']);

  return (
    <Card
      size="small"
      title={title}
      data-testid={testId('card')}
      extra={
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          data-testid={testId('remove')}
        >
          {t('enterpriseForm.removeYear')}
        </Button>
      }
    >
      <Row gutter={16}>
        <Col xs={24} sm={12} md={8}>
          <NumberField
            name={[index, 'year']}
            label={t('fields.year')}
            integer
            grouped={false}
            min={FIRST_YEAR}
            max={LAST_YEAR}
            rules={[requiredRule, uniqueYearRule(index)]}
            dependencies={otherYears}
            testId={testId('year')}
          />
        </Col>
        <Col xs={24} sm={12} md={8}>
          <NumberField
            name={[index, 'employees']}
            label={t('fields.employees')}
            unit={t('units.people')}
            integer
            min={0}
            testId={testId('employees')}
          />
        </Col>
        {MONEY_FIELDS.map((f) => (
          <Col xs={24} sm={12} md={8} key={f.form}>
            <NumberField
              name={[index, f.form]}
              label={t(f.label)}
              unit={t('units.wanYuan')}
              min={0}
              testId={testId(f.form)}
            />
          </Col>
        ))}
      </Row>
      <EnergyFields yearIndex={index} />
    </Card>
  );
}

export function YearsFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.List name="years">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterpriseForm.noYears')} />
          )}
          {fields.map((field) => (
            <YearCard
              key={field.key}
              index={field.name}
              count={fields.length}
              onRemove={() => remove(field.name)}
            />
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            block
            onClick={() => add({ year: nextYear(form.getFieldValue('years') ?? []), energy: [] })}
            data-testid="enterprise-add-year"
          >
            {t('enterpriseForm.addYear')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
