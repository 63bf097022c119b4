import { Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../shared/funding/bilingual-text';
import type { Programme } from '../../shared/funding/pack-schema';
import { currentLanguage } from '../app/language';
import { conditionLines } from './condition-lines';
import { ProgrammeFlags } from './ProgrammeFlags';
import { SourceText } from './SourceText';
import { supportView, type TierView } from './support-lines';

/** One programme of a pack, readable: who issues it, the conditions in words, the support rule, the source. */
export function ProgrammeCard({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const support = supportView(t, lang, p.support, p.type === 'check');
  const conditions = p.eligibility ? conditionLines(t, lang, p.eligibility) : null;

  return (
    <Card
      size="small"
      title={<span style={{ whiteSpace: 'normal' }}>{textIn(lang, p.name)}</span>}
      data-testid={`programme-${p.id}`}
    >
      <Flex wrap gap={4} style={{ marginBottom: 12 }}>
        <ProgrammeFlags
          type={p.type}
          year={p.year}
          example={p.example}
          checkCurrentNotice={p.checkCurrentNotice}
          verify={p.verify}
        />
      </Flex>
      <Descriptions size="small" column={1} styles={{ label: { width: 120 } }}>
        <Descriptions.Item label={t('fundingUi.issuer')}>{textIn(lang, p.issuer)}</Descriptions.Item>
        <Descriptions.Item label={t('fundingUi.eligibility')}>
          {conditions ? (
            <Flex vertical data-testid={`programme-conditions-${p.id}`}>
              {conditions.map((line, i) => (
                <span key={i} style={{ paddingLeft: line.depth * 20 }}>
                  {line.text}
                </span>
              ))}
            </Flex>
          ) : (
            t('fundingUi.openToAll')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('fundingUi.support')}>
          <Flex vertical gap={4}>
            <span data-testid={`programme-formula-${p.id}`}>{support.formula}</span>
            {support.rate !== null && (
              <span>
                {t('fundingUi.rateLabel')}
                <Typography.Text strong data-testid={`programme-rate-${p.id}`}>
                  {support.rate}
                </Typography.Text>
              </span>
            )}
            {support.tiers.length > 0 && <TierTable tiers={support.tiers} id={p.id} />}
            {support.cap !== null && (
              <span>
                {t('fundingUi.capLabel')}
                <Typography.Text strong data-testid={`programme-cap-${p.id}`}>
                  {support.cap}
                </Typography.Text>
              </span>
            )}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('fundingUi.source')}>
          <SourceText source={p.source} testId={`programme-source-${p.id}`} />
        </Descriptions.Item>
        {p.notes && (
          <Descriptions.Item label={t('fundingUi.notes')}>
            <Typography.Text type="secondary">{textIn(lang, p.notes)}</Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

function TierTable({ tiers, id }: { tiers: TierView[]; id: string }) {
  const { t } = useTranslation();
  return (
    <Table<TierView & { key: number }>
      size="small"
      pagination={false}
      bordered
      style={{ maxWidth: 560 }}
      dataSource={tiers.map((tier, key) => ({ ...tier, key }))}
      data-testid={`programme-tiers-${id}`}
      columns={[
        { key: 'bracket', dataIndex: 'bracket', title: t('fundingUi.tierBracket') },
        { key: 'rate', dataIndex: 'rate', title: t('fundingUi.rate'), width: 90, align: 'right' },
        { key: 'on', dataIndex: 'on', title: t('fundingUi.tierOn') },
      ]}
    />
  );
}
