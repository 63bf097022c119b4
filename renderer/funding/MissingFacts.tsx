import { Button, Card, Flex, Form, Radio, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../shared/funding/bilingual-text';
import { fieldLabel } from '../../shared/funding/fact-format';
import { fieldDefinition, type FieldName } from '../../shared/funding/subject-fields';
import { currentLanguage } from '../app/language';
import { NumberField } from '../components/NumberField';
import { fromFormValues, toFormValues, type FactFormValues, type StatedFacts } from './stated-facts';

/**
 * The facts that would settle the undetermined programmes, for the user to state. They count for
 * this evaluation until the user saves the project's part of them with the project (`onSave`); the
 * enterprise's stay statements, as the profile does not record them.
 */
export function MissingFacts({
  fields,
  stated,
  onApply,
  onSave,
}: {
  fields: FieldName[];
  stated: StatedFacts;
  onApply: (stated: StatedFacts) => void;
  onSave: (stated: StatedFacts) => Promise<void>;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [form] = Form.useForm<FactFormValues>();

  // Set field by field: a fact cleared must empty its input, which merging values would not do.
  // Keyed by the fields' names, not the array, which is new on every render.
  const fieldKey = fields.join(' ');
  useEffect(() => {
    const values = toFormValues(stated);
    const names = fieldKey.split(' ') as FieldName[];
    form.setFields(names.map((name) => ({ name, value: values[name] ?? null })));
  }, [form, stated, fieldKey]);

  const input = (field: FieldName) => {
    const def = fieldDefinition(field);
    const label = fieldLabel(lang, field);
    const id = `funding-fact-${field}`;
    if (def.kind === 'flag') {
      return (
        <Form.Item key={field} name={field} label={label} style={{ marginBottom: 8 }}>
          <Radio.Group
            optionType="button"
            size="small"
            data-testid={id}
            options={[
              { value: 'yes', label: t('fundingUi.factYes') },
              { value: 'no', label: t('fundingUi.factNo') },
              { value: 'unknown', label: t('fundingUi.factUnknown') },
            ]}
          />
        </Form.Item>
      );
    }
    if (def.kind === 'code') {
      return (
        <Form.Item key={field} name={field} label={label} style={{ marginBottom: 8 }}>
          <Select
            allowClear
            placeholder={t('fundingUi.factUnknown')}
            style={{ minWidth: 220 }}
            data-testid={id}
            options={(def.codes ?? []).map((c) => ({ value: c.code, label: pickText(lang, c) }))}
          />
        </Form.Item>
      );
    }
    return (
      <NumberField
        key={field}
        name={field}
        label={label}
        testId={id}
        unit={def.kind === 'money' ? t('units.wanYuan') : def.unit && pickText(lang, def.unit)}
        integer={field === 'enterprise.employees'}
        min={0}
        compact
      />
    );
  };

  return (
    <Card size="small" title={t('fundingUi.factsTitle')} data-testid="funding-facts">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('fundingUi.factsHint')}
      </Typography.Paragraph>
      <Form<FactFormValues>
        form={form}
        layout="vertical"
        onFinish={(values) => onApply(fromFormValues(values))}
        initialValues={toFormValues(stated)}
      >
        <Flex wrap gap={16}>
          {fields.map(input)}
        </Flex>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" data-testid="funding-facts-apply">
            {t('fundingUi.factsApply')}
          </Button>
          <Button
            onClick={() => void onSave(fromFormValues(form.getFieldsValue(true)))}
            data-testid="funding-facts-save"
          >
            {t('fundingUi.factsSave')}
          </Button>
          <Button
            disabled={Object.keys(stated).length === 0}
            onClick={() => onApply({})}
            data-testid="funding-facts-clear"
          >
            {t('fundingUi.factsClear')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
