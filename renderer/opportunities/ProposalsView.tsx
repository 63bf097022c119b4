import { Button, Empty, Flex, Segmented, Spin, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity, OpportunityReport } from '../../shared/opportunities/opportunities-api';
import { RULE_BY_KEY } from '../../shared/opportunities/opportunity-rules';
import { PROJECT_DIRECTIONS } from '../../shared/projects/directions';
import type { ProjectSummary } from '../../shared/projects/project-schema';
import { currentLanguage } from '../app/language';
import { inLang } from '../dashboard/figure-text';
import { formatCount, formatQuantity } from '../format/figures';
import { AcceptDialog } from './AcceptDialog';
import { AcceptedSection, DismissedSection } from './DecidedSections';
import { DismissDialog } from './DismissDialog';
import {
  groupProposals,
  GROUP_BYS,
  partition,
  sortProposals,
  totals,
  type GroupBy,
  type ProposalGroup,
  type SortState,
} from './proposal-figures';
import { wanText } from './proposal-text';
import { ProposalDetail } from './ProposalDetail';
import { ProposalTable, TotalsTable } from './ProposalTable';
import { useDecisions } from './use-decisions';

const small = { fontSize: 12 } as const;

function GroupHeading({ group }: { group: ProposalGroup }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  if (group.kind === 'none') return null;
  if (group.kind === 'direction') {
    const d = PROJECT_DIRECTIONS[group.key];
    return (
      <Flex align="baseline" gap={8} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {inLang(d.name, lang)}
        </Typography.Title>
        <Typography.Text type="secondary" style={small}>
          {t('opportunityUi.directionClause', { citation: d.citation, title: inLang(d.clauseTitle, lang) })}
        </Typography.Text>
      </Flex>
    );
  }
  const rule = RULE_BY_KEY.get(group.key);
  if (!rule) return null;
  return (
    <Flex align="baseline" gap={8} wrap>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {inLang(rule.title, lang)}
      </Typography.Title>
      <Tag>{inLang(PROJECT_DIRECTIONS[rule.direction].name, lang)}</Tag>
    </Flex>
  );
}

/** The bases every tce and CO₂ figure rests on, and the clause a named trade brings in. */
function BasisNotes({ report }: { report: OpportunityReport }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const b = report.assumptions.energyBasis;
  const lines = [
    t('opportunities.gridFactor', {
      ns: 'shared',
      value: b.gridFactor.kgPerKwh,
      year: b.gridFactor.year,
      basis: inLang(b.gridFactor.basis, lang),
    }),
    t('opportunities.coalBasis', {
      ns: 'shared',
      value: b.electricityKgcePerKwh.value,
      basis: inLang(b.electricityKgcePerKwh.basis, lang),
    }),
    t('opportunityUi.gasBasis', {
      value: formatQuantity(b.naturalGasKgcePerM3.value, lang),
      basis: inLang(b.naturalGasKgcePerM3.basis, lang),
    }),
    t('opportunityUi.fuelCo2Basis', { basis: inLang(b.fuelCo2Basis, lang) }),
    ...(report.namedTrade
      ? [t('opportunities.namedTrade', { ns: 'shared', trade: inLang(report.namedTrade.trade, lang) })]
      : []),
  ];
  return (
    <Flex vertical gap={2} data-testid="opportunity-basis">
      {lines.map((line) => (
        <Typography.Text key={line} type="secondary" style={small}>
          {line}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/**
 * The proposals of one report: the open ones grouped and sorted, with their totals, then those
 * accepted and dismissed; and the dialogs that decide them. The group tables are memoised and get
 * only what they show, so a refetch of something else, or a busy flag, leaves them as they are.
 */
export function ProposalsView({
  enterpriseId,
  year,
  report,
  projects,
  recalculating,
}: {
  enterpriseId: number;
  year: number;
  report: OpportunityReport;
  projects: readonly ProjectSummary[];
  recalculating: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [groupBy, setGroupBy] = useState<GroupBy>('rule');
  const [sort, setSort] = useState<SortState | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [accepting, setAccepting] = useState<readonly Opportunity[] | null>(null);
  const [dismissing, setDismissing] = useState<Opportunity | null>(null);
  const decisions = useDecisions(enterpriseId, year);

  const { open, accepted, dismissed } = useMemo(() => partition(report), [report]);
  const byId = useMemo(() => new Map(report.opportunities.map((o) => [o.id, o])), [report]);
  const groups = useMemo(() => groupProposals(sortProposals(open, sort), groupBy), [open, sort, groupBy]);
  const sum = useMemo(() => totals(open), [open]);
  const chosen = open.filter((o) => selected.has(o.id));
  const chosenSum = totals(chosen);

  const onExpand = useCallback(
    (id: string, isOpen: boolean) =>
      setExpanded((s) => {
        const next = new Set(s);
        if (isOpen) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const onAccept = useCallback((o: Opportunity) => setAccepting([o]), [setAccepting]);
  const detail = useCallback((o: Opportunity) => <ProposalDetail proposal={o} byId={byId} />, [byId]);

  return (
    <>
      <Flex vertical gap={16} data-testid="opportunities" data-year={report.referenceYear}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex align="center" gap={8}>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="opportunities-open-heading">
              {t('opportunityUi.openHeading', { count: open.length })}
            </Typography.Title>
            {recalculating && (
              <Spin
                size="small"
                description={t('opportunityUi.recalculating')}
                data-testid="opportunities-busy"
              />
            )}
          </Flex>
          <Flex align="center" gap={8}>
            <Typography.Text type="secondary">{t('opportunityUi.groupBy')}</Typography.Text>
            <Segmented<GroupBy>
              value={groupBy}
              onChange={setGroupBy}
              options={GROUP_BYS.map((g) => ({ value: g, label: t(`opportunityUi.groupByOption.${g}`) }))}
              data-testid="opportunities-group-by"
            />
          </Flex>
        </Flex>

        {report.opportunities.length === 0 ? (
          <Empty
            data-testid="opportunities-none"
            description={
              <Flex vertical gap={4} style={{ maxWidth: 560, marginInline: 'auto' }}>
                <Typography.Text strong>{t('opportunityUi.noneTitle')}</Typography.Text>
                <Typography.Text type="secondary">{t('opportunityUi.noneHint')}</Typography.Text>
              </Flex>
            }
          />
        ) : open.length === 0 ? (
          <Typography.Text type="secondary" data-testid="opportunities-all-decided">
            {t('opportunityUi.allDecided')}
          </Typography.Text>
        ) : (
          <>
            <Flex
              align="center"
              gap={12}
              wrap
              style={{ padding: '8px 12px', background: '#fafafa', borderRadius: 6 }}
              data-testid="opportunities-selection"
            >
              <Typography.Text>
                {chosen.length === 0
                  ? t('opportunityUi.selectHint')
                  : t('opportunityUi.selected', {
                      count: chosen.length,
                      saving: wanText(lang, chosenSum.costSavingFen),
                      investment: wanText(lang, chosenSum.investmentFen),
                    })}
              </Typography.Text>
              <Button
                type="primary"
                disabled={chosen.length === 0}
                onClick={() => setAccepting(chosen)}
                data-testid="opportunities-accept-selected"
              >
                {t('opportunityUi.acceptSelected')}
              </Button>
              {chosen.length > 0 && (
                <Button onClick={() => setSelected(new Set())} data-testid="opportunities-clear-selection">
                  {t('opportunityUi.clearSelection')}
                </Button>
              )}
            </Flex>
            {groups.map((group) => (
              <Flex
                vertical
                gap={6}
                key={`${group.kind}-${group.key}`}
                data-testid={`opportunity-group-${group.key}`}
              >
                <GroupHeading group={group} />
                <ProposalTable
                  proposals={group.proposals}
                  withRule={group.kind !== 'rule'}
                  selected={selected}
                  onSelect={setSelected}
                  sort={sort}
                  onSort={setSort}
                  expanded={expanded}
                  onExpand={onExpand}
                  onAccept={onAccept}
                  onDismiss={setDismissing}
                  detail={detail}
                  testid={`opportunity-table-${group.key}`}
                />
              </Flex>
            ))}
            <Flex vertical gap={4}>
              <TotalsTable totals={sum} />
              <Typography.Text type="secondary" style={small}>
                {t('opportunityUi.totalsHint')}
                {sum.unpriced > 0 &&
                  ` ${t('opportunityUi.totalsUnpriced', { count: formatCount(sum.unpriced, lang) })}`}
                {open.some((o) => o.overlaps.length > 0) && ` ${t('opportunityUi.totalsOverlap')}`}
              </Typography.Text>
            </Flex>
          </>
        )}
        <BasisNotes report={report} />
        {accepted.length > 0 && (
          <AcceptedSection
            enterpriseId={enterpriseId}
            proposals={accepted}
            projects={projects}
            onUndo={decisions.undo}
          />
        )}
        {dismissed.length > 0 && <DismissedSection proposals={dismissed} onUndo={decisions.undo} />}
      </Flex>

      {accepting && (
        <AcceptDialog
          chosen={accepting}
          projects={projects}
          onAccept={(target) => decisions.accept(accepting, target)}
          onClose={(done) => {
            if (done) {
              const taken = new Set(accepting.map((o) => o.id));
              setSelected((s) => new Set([...s].filter((id) => !taken.has(id))));
            }
            setAccepting(null);
          }}
        />
      )}
      {dismissing && (
        <DismissDialog
          proposal={dismissing}
          onDismiss={(reason) => decisions.dismiss(dismissing, reason)}
          onClose={() => setDismissing(null)}
        />
      )}
    </>
  );
}
