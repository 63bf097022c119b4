import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OUTSIDE_SHENZHEN, SHENZHEN_DISTRICTS, districtLabel } from '../../../shared/enterprise/districts';
import { requiredTextRule } from '../../components/form-rules';
import { currentLanguage } from '../../app/language';
import { industryMatches, industryOptions } from '../enterprise-labels';
import { usccRules } from './uscc-rules';

export function BasicInfoFields() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const district = Form.useWatch<string | undefined>('district');
  const districts = [...SHENZHEN_DISTRICTS, OUTSIDE_SHENZHEN].map((d) => ({
    value: d.code,
    label: districtLabel(d.code, lang),
  }));

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={t('fields.name')} rules={[requiredTextRule]}>
          <Input
            maxLength={200}
            placeholder={t('enterpriseForm.namePlaceholder')}
            data-testid="enterprise-name"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="nameEn" label={t('fields.nameEn')}>
          <Input maxLength={200} data-testid="enterprise-name-en" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="uscc"
          label={t('fields.uscc')}
          rules={usccRules}
          validateTrigger={['onChange', 'onBlur']}
          normalize={(value: string) => value.toUpperCase()}
        >
          <Input
            maxLength={40}
            className="code-text"
            placeholder={t('enterpriseForm.usccPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            data-testid="enterprise-uscc"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="manufacturingType" label={t('fields.manufacturingType')}>
          <Radio.Group data-testid="enterprise-manufacturing-type">
            <Radio value="discrete" data-testid="enterprise-type-discrete">
              {t('manufacturingType.discrete')}
            </Radio>
            <Radio value="process" data-testid="enterprise-type-process">
              {t('manufacturingType.process')}
            </Radio>
          </Radio.Group>
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="district" label={t('fields.district')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            // All twelve choices at once: no scrolling to find 深圳市外 at the end.
            listHeight={400}
            options={districts}
            placeholder={t('enterpriseForm.districtPlaceholder')}
            data-testid="enterprise-district"
          />
        </Form.Item>
      </Col>
      {district === OUTSIDE_SHENZHEN.code && (
        <Col xs={24} md={12}>
          <Form.Item name="cityOutside" label={t('fields.cityOutside')} rules={[requiredTextRule]}>
            <Input
              maxLength={50}
              placeholder={t('enterpriseForm.cityPlaceholder')}
              data-testid="enterprise-city"
            />
          </Form.Item>
        </Col>
      )}
      <Col span={24}>
        <Form.Item
          name="industryDivision"
          label={t('fields.industryDivision')}
          extra={t('enterpriseForm.industryHint')}
        >
          <Select
            allowClear
            showSearch={{
              filterOption: (input, option) => industryMatches(String(option?.value), input),
            }}
            options={industryOptions(lang)}
            placeholder={t('enterpriseForm.industryPlaceholder')}
            data-testid="enterprise-industry"
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
