import { Collapse, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/messages';
import { MAPPING_KEYS, readableTallies, type RowChange } from '../../shared/scenarios/register-after-plan';
import type { ScenarioComparison, ScenarioComparisonReport } from '../../shared/scenarios/scenarios-api';
import { fieldValueText } from './scenario-format';
import { inLang } from '../dashboard/figure-text';

type Loose = (key: string, options?: Record<string, unknown>) => string;
const pick = (lang: Lang, text: { zh: string; en: string }) => inLang(text, lang);

const OUTCOME_COLOR = { retired: 'red', replaced: 'blue', upgraded: 'green', unchanged: 'default' } as const;

/**
 * What the readiness after each scenario assumed: per scenario (closed until opened) the rows by
 * outcome, the changes summed, and row by row what became what and which project line said so;
 * under them, what each kind of line is assumed to do.
 */
export function AssumedChanges({ report, lang }: { report: ScenarioComparisonReport; lang: Lang }) {
  const { t } = useTranslation();
  const loose = t as unknown as Loose;
  const projectNames = new Map(
    report.scenarios.flatMap((s) => s.figures.projects.map((p) => [p.projectId, p.name] as const)),
  );
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('scenarioUi.changesIntro')}</Typography.Text>
      <Collapse
        data-testid="scenario-changes"
        items={[
          ...report.scenarios.map((s, i) => ({
            key: `s${i}`,
            label: (
              <span data-testid={`scenario-changes-${i}`}>
                <Typography.Text strong>{s.name}</Typography.Text>
                {' · '}
                {t('scenarioUi.changesSummary', {
                  rows: s.changes.linkedRows,
                  replaced: s.changes.byOutcome.replaced.rows,
                  upgraded: s.changes.byOutcome.upgraded.rows,
                  retired: s.changes.byOutcome.retired.rows,
                  unchanged: s.changes.byOutcome.unchanged.rows,
                })}
              </span>
            ),
            children: <ScenarioChanges scenario={s} lang={lang} projectNames={projectNames} />,
          })),
          {
            key: 'mappings',
            label: t('scenarioUi.mappingsTitle'),
            children: (
              <Flex vertical gap={4} data-testid="scenario-mappings">
                {MAPPING_KEYS.map((k) => (
                  <Typography.Text key={k}>
                    <Typography.Text strong>{loose(`scenarioUi.mapping_${k}`)}</Typography.Text>
                    {lang === 'en' ? ': ' : '：'}
                    {pick(lang, report.mappings[k])}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}

function ScenarioChanges({
  scenario,
  lang,
  projectNames,
}: {
  scenario: ScenarioComparison;
  lang: Lang;
  projectNames: ReadonlyMap<number, string>;
}) {
  const { t } = useTranslation();
  const loose = t as unknown as Loose;
  const c = scenario.changes;
  const value = (field: RowChange['fields'][number]['field'], v: RowChange['fields'][number]['from']) =>
    fieldValueText(t, lang, field, v);
  const columns: TableColumnsType<RowChange> = [
    {
      key: 'asset',
      title: t('scenarioUi.colAsset'),
      render: (_, r) => `${r.assetCode ?? `#${r.equipmentId}`} ${r.name}`,
    },
    { key: 'quantity', title: t('scenarioUi.colQuantity'), dataIndex: 'quantity', align: 'right', width: 70 },
    {
      key: 'outcome',
      title: t('scenarioUi.colOutcome'),
      width: 90,
      render: (_, r) => (
        <Tag color={OUTCOME_COLOR[r.outcome]}>{loose(`scenarioUi.outcome_${r.outcome}`)}</Tag>
      ),
    },
    {
      key: 'changes',
      title: t('scenarioUi.colChanges'),
      render: (_, r) =>
        r.reason ? (
          <Typography.Text type="secondary">{loose(`scenarioUi.reason_${r.reason}`)}</Typography.Text>
        ) : (
          <Flex vertical>
            {r.fields.map((f) => (
              <span key={f.field}>
                {loose(`scenarioUi.field_${f.field}`)}
                {lang === 'en' ? ': ' : '：'}
                {value(f.field, f.from)} → {value(f.field, f.to)}
              </span>
            ))}
          </Flex>
        ),
    },
    {
      key: 'because',
      title: t('scenarioUi.colBecause'),
      render: (_, r) => (
        <Flex vertical>
          {r.causes.map((cause) => (
            <span key={`${cause.projectId}-${cause.lineId}`}>
              {t('scenarioUi.because', {
                project: projectNames.get(cause.projectId) ?? `#${cause.projectId}`,
                mapping: loose(`scenarioUi.mapping_${cause.mapping}`),
              })}
            </span>
          ))}
        </Flex>
      ),
    },
  ];
  const tallies = readableTallies(c.tallies);
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('scenarioUi.unchangedWhy', {
          notInService: c.unchangedBy.not_in_service.rows,
          deleted: c.unchangedBy.deleted.rows,
          nothing: c.unchangedBy.nothing_assumed.rows,
        })}
      </Typography.Text>
      {tallies.length > 0 && (
        <Flex vertical gap={2}>
          <Typography.Text strong>{t('scenarioUi.talliesTitle')}</Typography.Text>
          {tallies.map((x) => (
            <Typography.Text
              key={`${x.field}-${String(x.from)}-${String(x.to)}`}
              data-testid="scenario-tally"
            >
              {t('scenarioUi.tally', {
                field:
                  x.field === 'valueFen' ? t('scenarioUi.valueTotal') : loose(`scenarioUi.field_${x.field}`),
                from:
                  x.fromRange && x.fromRange[0] !== x.fromRange[1]
                    ? `${x.fromRange[0]}–${x.fromRange[1]}`
                    : value(x.field, x.from),
                to: value(x.field, x.to),
                rows: x.rows,
                units: x.units,
              })}
            </Typography.Text>
          ))}
        </Flex>
      )}
      {c.rows.length > 0 && (
        <>
          <Typography.Text strong>
            {t('scenarioUi.rowsTitle')}
            {c.rows.length < c.linkedRows && (
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {' '}
                {t('scenarioUi.rowsShown', { shown: c.rows.length, total: c.linkedRows })}
              </Typography.Text>
            )}
          </Typography.Text>
          <Table<RowChange>
            rowKey="equipmentId"
            size="small"
            columns={columns}
            dataSource={c.rows}
            pagination={c.rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            onRow={() => ({ 'data-testid': 'scenario-change-row' }) as object}
          />
        </>
      )}
    </Flex>
  );
}
