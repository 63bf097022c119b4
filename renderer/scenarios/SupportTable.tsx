import { Flex, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CompareTable } from './CompareTable';
import type { Lang } from '../../shared/i18n/messages';
import type { ScenarioProject } from '../../shared/scenarios/scenario-figures';
import type { ScenarioComparisonReport } from '../../shared/scenarios/scenarios-api';
import { routeHref } from '../app/routing';
import { figureText } from './scenario-format';
import { formatFenWan } from '../format/figures';
import { inLang } from '../dashboard/figure-text';

interface Line {
  key: string;
  scenarioIndex: number;
  scenario: string;
  project: ScenarioProject | null;
  /** The scenario's totals, on its last line. */
  total: {
    investmentFen: number;
    supportFen: number;
    netCostFen: number;
    savingFen: number;
    paybackYears: number | null;
  } | null;
}

const pick = (lang: Lang, text: { zh: string; en: string }) => inLang(text, lang);

/**
 * Per scenario, each project with the programme its support is counted from (or why none), and the
 * scenario's total under them: the totals are the column sums of the lines above.
 */
export function SupportTable({
  report,
  enterpriseId,
  lang,
}: {
  report: ScenarioComparisonReport;
  enterpriseId: number;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const lines: Line[] = report.scenarios.flatMap((s, i) => [
    ...s.figures.projects.map((p) => ({
      key: `${i}-${p.projectId}`,
      scenarioIndex: i,
      scenario: s.name,
      project: p,
      total: null,
    })),
    {
      key: `${i}-total`,
      scenarioIndex: i,
      scenario: s.name,
      project: null,
      total: {
        investmentFen: s.figures.investment.totalFen,
        supportFen: s.figures.supportFen,
        netCostFen: s.figures.netCostFen,
        savingFen: s.figures.savings.annualCostSavingFen,
        paybackYears: s.figures.returns.simplePaybackYears,
      },
    },
  ]);
  const money = (fen: number, testId: string) => (
    <span data-testid={testId} data-value={fen}>
      {formatFenWan(fen, lang)}
    </span>
  );
  const columns: TableColumnsType<Line> = [
    {
      key: 'scenario',
      title: t('scenarioUi.colScenario'),
      render: (_, l) => (l.project ? l.scenario : <Typography.Text strong>{l.scenario}</Typography.Text>),
      onCell: (l) => ({ rowSpan: rowSpan(lines, l) }),
    },
    {
      key: 'project',
      title: t('scenarioUi.colProject'),
      render: (_, l) =>
        l.project ? (
          <Typography.Link href={routeHref({ page: 'project', enterpriseId, id: l.project.projectId })}>
            {l.project.name}
          </Typography.Link>
        ) : (
          <Typography.Text strong>{t('scenarioUi.totalRow')}</Typography.Text>
        ),
    },
    {
      key: 'investment',
      title: t('scenarioUi.colInvestment'),
      align: 'right',
      render: (_, l) =>
        money(l.project?.investmentFen ?? l.total!.investmentFen, `scenario-support-investment-${l.key}`),
    },
    {
      key: 'programme',
      title: t('scenarioUi.colProgramme'),
      width: 340,
      render: (_, l) => (l.project ? <Programme project={l.project} lang={lang} /> : null),
    },
    {
      key: 'support',
      title: t('scenarioUi.colSupport'),
      align: 'right',
      render: (_, l) =>
        money(l.project?.support.supportFen ?? l.total!.supportFen, `scenario-support-${l.key}`),
    },
    {
      key: 'net',
      title: t('scenarioUi.colNetCost'),
      align: 'right',
      render: (_, l) => money(l.project?.netCostFen ?? l.total!.netCostFen, `scenario-support-net-${l.key}`),
    },
    {
      key: 'saving',
      title: t('scenarioUi.colSaving'),
      align: 'right',
      render: (_, l) =>
        money(l.project?.annualCostSavingFen ?? l.total!.savingFen, `scenario-support-saving-${l.key}`),
    },
    {
      key: 'payback',
      title: t('scenarioUi.colPayback'),
      align: 'right',
      render: (_, l) =>
        figureText(l.project ? l.project.simplePaybackYears : l.total!.paybackYears, 'years', lang) ??
        t('scenarioUi.noPayback'),
    },
  ];
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {pick(lang, report.supportRule)}
      </Typography.Text>
      <CompareTable<Line> testid="scenario-support" columns={columns} dataSource={lines} />
    </Flex>
  );
}

/** The scenario's name spans its projects and its total. */
function rowSpan(lines: readonly Line[], l: Line): number {
  const first = lines.findIndex((x) => x.scenarioIndex === l.scenarioIndex);
  if (lines[first] !== l) return 0;
  return lines.filter((x) => x.scenarioIndex === l.scenarioIndex).length;
}

function Programme({ project, lang }: { project: ScenarioProject; lang: Lang }) {
  const { t } = useTranslation();
  const s = project.support;
  const p = s.programme;
  const undetermined = s.undetermined.map((u) => pick(lang, u.name)).join(lang === 'en' ? ', ' : '、');
  return (
    <Flex vertical gap={2}>
      {p ? (
        <span data-testid={`scenario-programme-${project.projectId}`} data-programme={p.programmeId}>
          {t('scenarioUi.programme', {
            issuer: pick(lang, p.issuer),
            name: pick(lang, p.name),
            year: p.year,
          })}{' '}
          {p.example && <Tag>{t('scenarioUi.flagExample')}</Tag>}
          {p.verify && <Tag color="orange">{t('scenarioUi.flagVerify')}</Tag>}
          {p.checkCurrentNotice && <Tag color="blue">{t('scenarioUi.flagNotice')}</Tag>}
        </span>
      ) : (
        <Typography.Text type="secondary" data-testid={`scenario-programme-${project.projectId}`}>
          {t('scenarioUi.noProgramme')}
        </Typography.Text>
      )}
      {s.eligibleCount > 1 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('scenarioUi.eligibleCount', { count: s.eligibleCount })}
        </Typography.Text>
      )}
      {s.cappedAtInvestment && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('scenarioUi.capped', { estimate: formatFenWan(s.estimatedFen, lang) })}
        </Typography.Text>
      )}
      {s.sharedWith.length > 0 && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('scenarioUi.shared')}
        </Typography.Text>
      )}
      {s.undetermined.length > 0 && (
        <Tooltip title={undetermined}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('scenarioUi.undetermined', {
              count: s.undetermined.length,
              names: undetermined.length > 40 ? `${undetermined.slice(0, 40)}…` : undetermined,
            })}
          </Typography.Text>
        </Tooltip>
      )}
    </Flex>
  );
}
