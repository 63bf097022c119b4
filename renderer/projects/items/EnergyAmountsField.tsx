import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENERGY_SOURCES, type EnergySourceCode } from '../../../shared/enterprise/energy-sources';
import { currentLanguage } from '../../app/language';
import { energySourceName, energyUnit } from '../project-format';
import type { EnergyDraft } from '../project-values';
import { RemoveEntryButton } from './item-parts';

/**
 * Energy a benefit saves a year, one source per row with its unit beside the figure; a source can
 * be listed once. A form control: value and onChange come from Form.Item.
 */
export function EnergyAmountsField({
  value = [],
  onChange,
}: {
  value?: EnergyDraft[];
  onChange?: (energy: EnergyDraft[]) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const used = new Set(value.map((e) => e.source));
  const free = ENERGY_SOURCES.filter((s) => !used.has(s.code));
  const set = (i: number, change: Partial<EnergyDraft>) =>
    onChange?.(value.map((e, j) => (j === i ? { ...e, ...change } : e)));

  return (
    <Flex vertical gap={6}>
      {value.map((e, i) => (
        <Flex key={e.source} gap={8} align="center">
          <Select<EnergySourceCode>
            size="small"
            value={e.source}
            onChange={(source) => set(i, { source })}
            options={ENERGY_SOURCES.filter((s) => s.code === e.source || !used.has(s.code)).map((s) => ({
              value: s.code,
              label: energySourceName(s.code, lang),
            }))}
            style={{ width: 150 }}
            aria-label={t('projectUi.benefits.energySource')}
            data-testid={`benefit-energy-source-${i}`}
          />
          <InputNumber<number>
            size="small"
            value={e.quantity}
            onChange={(quantity) => set(i, { quantity })}
            suffix={energyUnit(e.source)}
            style={{ width: 200 }}
            aria-label={t('projectUi.benefits.energyQuantity')}
            data-testid={`benefit-energy-quantity-${i}`}
          />
          <RemoveEntryButton
            label={t('projectUi.benefits.energyRemove')}
            onClick={() => onChange?.(value.filter((_, j) => j !== i))}
          />
        </Flex>
      ))}
      {free.length > 0 && (
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => onChange?.([...value, { source: free[0]!.code, quantity: null }])}
          style={{ alignSelf: 'flex-start' }}
          data-testid="benefit-energy-add"
        >
          {t('projectUi.benefits.energyAdd')}
        </Button>
      )}
    </Flex>
  );
}
