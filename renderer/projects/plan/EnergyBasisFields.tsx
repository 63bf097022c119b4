import { Col, Form, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_EQUAL_VALUE_KGCE_PER_KWH,
  resolveEnergyBasis,
  type ElectricityCoalBasis,
} from '../../../shared/energy/energy-basis';
import { GRID_FACTOR_KEYS, GRID_FACTORS, type GridFactorKey } from '../../../shared/energy/grid-factors';
import { NATURAL_GAS_RANGE, STANDARD_COAL } from '../../../shared/indicators/standard-coal';
import { currentLanguage } from '../../app/language';
import { NumberField } from '../../components/NumberField';
import { inLang } from '../../dashboard/figure-text';
import { SmallNote } from '../SmallNote';

/**
 * The coefficients the project's tce and CO₂ use: the grid factor, electricity at its equivalent or
 * its equal value, and the heating value of the gas. Each choice shows its source and year, as a
 * figure of tonnes is only meaningful with the coefficient beside it.
 */
export function EnergyBasisFields() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const form = Form.useFormInstance();
  const gridFactor = (Form.useWatch('gridFactor', form) as GridFactorKey | undefined) ?? 'national_2023';
  const electricityCoal =
    (Form.useWatch('electricityCoal', form) as ElectricityCoalBasis | undefined) ?? 'equivalent';
  const equal = resolveEnergyBasis({ electricityCoal: 'equal' }).electricityKgcePerKwh;
  const gas = resolveEnergyBasis().naturalGasKgcePerM3;
  const chosen = GRID_FACTORS[gridFactor];

  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Form.Item
          name="gridFactor"
          label={t('projectUi.plan.gridFactor')}
          extra={
            <SmallNote testId="plan-grid-factor-source">
              {t('projectUi.plan.sourceYear', { basis: inLang(chosen.basis, lang), year: chosen.year })}
            </SmallNote>
          }
        >
          <Select
            options={GRID_FACTOR_KEYS.map((key) => ({
              value: key,
              label: t('projectUi.plan.gridFactorOption', {
                value: GRID_FACTORS[key].kgPerKwh,
                year: GRID_FACTORS[key].year,
                kind: t(`projectUi.plan.gridFactor_${key}`),
              }),
            }))}
            data-testid="plan-grid-factor"
          />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item
          name="electricityCoal"
          label={t('projectUi.plan.electricityCoal')}
          extra={
            <SmallNote testId="plan-electricity-coal-source">
              {t('projectUi.plan.source', {
                basis: inLang(
                  electricityCoal === 'equal' ? equal.basis : STANDARD_COAL.electricity.basis,
                  lang,
                ),
              })}
            </SmallNote>
          }
        >
          <Radio.Group
            options={[
              {
                value: 'equivalent',
                label: t('projectUi.plan.equivalent', { value: STANDARD_COAL.electricity.kgcePerUnit }),
              },
              { value: 'equal', label: t('projectUi.plan.equal') },
            ]}
            data-testid="plan-electricity-coal"
          />
        </Form.Item>
        {electricityCoal === 'equal' && (
          <NumberField
            name="electricityEqualKgcePerKwh"
            label={t('projectUi.plan.equalValue')}
            unit="kgce/kWh"
            min={0.2}
            max={0.45}
            extra={t('projectUi.plan.defaultValue', { value: DEFAULT_EQUAL_VALUE_KGCE_PER_KWH })}
            testId="plan-equal-value"
          />
        )}
      </Col>
      <Col xs={24} lg={12}>
        <NumberField
          name="naturalGasKgcePerM3"
          label={t('projectUi.plan.naturalGas')}
          unit="kgce/m³"
          min={NATURAL_GAS_RANGE.min}
          max={NATURAL_GAS_RANGE.max}
          extra={
            <SmallNote>
              {t('projectUi.plan.naturalGasHint', { value: gas.default, basis: inLang(gas.basis, lang) })}
            </SmallNote>
          }
          testId="plan-natural-gas"
        />
      </Col>
    </Row>
  );
}
