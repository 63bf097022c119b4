import { App, Button, Collapse, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StoredAssumptions } from '../../shared/opportunities/assumptions-api';
import type { OpportunityReport } from '../../shared/opportunities/opportunities-api';
import { currentLanguage } from '../app/language';
import { inLang } from '../dashboard/figure-text';
import { testId } from '../components/test-id';
import { changedCount, topicKeys, TOPICS } from './assumption-items';
import { AssumptionTable } from './AssumptionTable';
import type { ChangeAssumptions } from './use-assumptions';

/** The motor efficiency tables the motor proposals read, with their year and the caveat on them. */
function EfficiencyTables({ tables }: { tables: OpportunityReport['tables'] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="opportunity-efficiency-tables">
      {t('opportunityUi.efficiencyTables', {
        tables: [tables.gb18613, tables.iec60034]
          .map((s) => t('opportunityUi.tableSource', { title: inLang(s.title, lang), year: s.year }))
          .join(t('opportunityUi.listSeparator')),
        caveat: inLang(tables.gb18613.caveat, lang),
      })}
    </Typography.Text>
  );
}

/**
 * Every assumption the estimates rest on, by topic, each editable with its default and basis.
 * Folded by default: the proposals come first, and the heading says how many values were changed.
 */
export function AssumptionsPanel({
  data,
  tables,
  change,
  saving,
}: {
  data: StoredAssumptions;
  tables: OpportunityReport['tables'];
  change: ChangeAssumptions;
  saving: boolean;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const changed = changedCount(data.stored);
  const topics = topicKeys(data.effective);

  const resetAll = () =>
    modal.confirm({
      title: t('opportunityUi.resetAllTitle'),
      content: t('opportunityUi.resetAllBody', { count: changed }),
      okText: t('opportunityUi.resetAll'),
      cancelText: t('common.cancel'),
      okButtonProps: testId('opportunity-assumptions-reset-all-confirm'),
      onOk: () => change(() => ({}), t('opportunityUi.resetAllDone')).catch(() => undefined),
    });

  const header = (
    <Flex align="center" gap={8} wrap data-testid="opportunity-assumptions-toggle">
      <Typography.Text strong>{t('opportunityUi.assumptionsTitle')}</Typography.Text>
      {changed > 0 ? (
        <Tag color="blue" data-testid="opportunity-assumptions-changed">
          {t('opportunityUi.assumptionsChanged', { count: changed })}
        </Tag>
      ) : (
        <Tag>{t('opportunityUi.assumptionsAllDefault')}</Tag>
      )}
      {saving && <Spin size="small" />}
    </Flex>
  );

  return (
    <Collapse
      // Closed, its sixty inputs are not kept: they would re-render with every change on the page.
      destroyOnHidden
      style={{ marginBottom: 16 }}
      items={[
        {
          key: 'assumptions',
          label: header,
          extra:
            changed > 0 ? (
              <Button
                size="small"
                onClick={(e) => {
                  e.stopPropagation();
                  resetAll();
                }}
                data-testid="opportunity-assumptions-reset-all"
              >
                {t('opportunityUi.resetAll')}
              </Button>
            ) : undefined,
          children: (
            <Flex vertical gap={16} data-testid="opportunity-assumptions">
              <Typography.Text type="secondary">{t('opportunityUi.assumptionsIntro')}</Typography.Text>
              {TOPICS.map((topic) => (
                <Flex vertical gap={6} key={topic} data-testid={`opportunity-assumption-topic-${topic}`}>
                  <Typography.Title level={5} style={{ margin: 0 }}>
                    {t(`opportunityUi.topic.${topic}`)}
                  </Typography.Title>
                  {topic === 'motors' && <EfficiencyTables tables={tables} />}
                  <AssumptionTable
                    keys={topics[topic]}
                    data={data}
                    change={change}
                    testIdPrefix="assumption-"
                  />
                </Flex>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}
