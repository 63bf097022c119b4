import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENERGY_SOURCES } from '../../../shared/enterprise/energy-sources';
import { currentLanguage } from '../../app/language';
import { requiredRule } from '../../components/form-rules';
import { NumberField } from '../../components/NumberField';
import { energySource } from '../enterprise-labels';
import type { EnergyFormValues } from './enterprise-form-values';

/** One year's energy use: a source per row, each source at most once, quantity in the source's unit. */
export function EnergyFields({ yearIndex }: { yearIndex: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const rows = Form.useWatch<EnergyFormValues[] | undefined>(['years', yearIndex, 'energy']) ?? [];
  const used = new Set(rows.map((r) => r?.source));
  const testId = (row: number, part: string) => `enterprise-year-${yearIndex}-energy-${row}-${part}`;

  return (
    <Form.List name={[yearIndex, 'energy']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{t('fields.energy')}</Typography.Text>
          {fields.map((field) => {
            const unit = energySource(rows[field.name]?.source ?? '')?.unit;
            return (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={[field.name, 'source']}
                  rules={[requiredRule]}
                  style={{ flex: '0 0 190px', marginBottom: 8 }}
                >
                  <Select
                    aria-label={t('fields.energySource')}
                    placeholder={t('fields.energySource')}
                    data-testid={testId(field.name, 'source')}
                    options={ENERGY_SOURCES.map((s) => ({
                      value: s.code,
                      label: lang === 'en' ? s.en : s.zh,
                      // A source is reported once a year; the core would refuse a second row anyway.
                      disabled: used.has(s.code) && rows[field.name]?.source !== s.code,
                    }))}
                  />
                </Form.Item>
                <div style={{ flex: 1 }}>
                  <NumberField
                    name={[field.name, 'quantity']}
                    label={null}
                    ariaLabel={t('fields.energyQuantity')}
                    unit={unit}
                    min={0}
                    rules={[requiredRule]}
                    testId={testId(field.name, 'quantity')}
                    compact
                  />
                </div>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('enterpriseForm.removeEnergy')}
                  title={t('enterpriseForm.removeEnergy')}
                  onClick={() => remove(field.name)}
                  data-testid={testId(field.name, 'remove')}
                />
              </Flex>
            );
          })}
          <div>
            <Button
              size="small"
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= ENERGY_SOURCES.length}
              onClick={() => add({})}
              data-testid={`enterprise-year-${yearIndex}-add-energy`}
            >
              {t('enterpriseForm.addEnergy')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}
