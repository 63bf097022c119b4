import { Alert, Flex, Tooltip, Typography } from 'antd';
import { useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../shared/opportunities/opportunities-api';
import { currentLanguage } from '../app/language';
import { inLang } from '../dashboard/figure-text';
import { formatQuantity } from '../format/figures';
import { clauseGroups } from '../readiness/readiness-lines';
import { proposalKeys } from './assumption-items';
import { AssumptionTable } from './AssumptionTable';
import { energyLines, proposalName, sourceNames } from './proposal-text';
import { ProposalRows } from './ProposalRows';
import { AssumptionsContext } from './use-assumptions';

const small = { fontSize: 12 } as const;

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong style={{ fontSize: 13 }}>
        {title}
      </Typography.Text>
      {children}
    </Flex>
  );
}

/** The policy clauses a proposal cites, each with its passages quoted on hover. */
export function Clauses({ proposal }: { proposal: Opportunity }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Typography.Text style={small}>
      {clauseGroups(proposal.clauses, lang).map((c, i) => (
        <span key={c.citation}>
          {i > 0 && t('opportunityUi.listSeparator')}
          <Tooltip title={c.quotes.map((q) => `“${q}”`).join(' ')}>
            <span style={{ borderBottom: '1px dotted #8c8c8c', cursor: 'help' }} tabIndex={0}>
              {t('readiness.clause', { ns: 'shared', citation: c.citation, title: c.title })}
            </span>
          </Tooltip>
        </span>
      ))}
    </Typography.Text>
  );
}

/**
 * Everything behind a proposal's figures: the clauses it rests on, how it is estimated, the energy
 * by source, what could not be estimated, the proposals naming the same rows, the assumptions it
 * uses (editable here) and its register rows.
 */
export function ProposalDetail({
  proposal,
  byId,
}: {
  proposal: Opportunity;
  byId: ReadonlyMap<string, Opportunity>;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const editor = useContext(AssumptionsContext);
  const assumptions = editor?.data;
  const energy = energyLines(lang, proposal.saved);
  const overlaps = proposal.overlaps.flatMap((id) => {
    const other = byId.get(id);
    return other ? [other] : [];
  });
  const keys = assumptions
    ? proposalKeys(assumptions.effective, proposal.assumptions, proposal.category)
    : [];
  return (
    <Flex vertical gap={12} style={{ paddingBlock: 4 }} data-testid={`opportunity-detail-${proposal.id}`}>
      <Part title={t('opportunityUi.clausesHeading')}>
        <Clauses proposal={proposal} />
      </Part>
      <Part title={t('opportunityUi.notesHeading')}>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {proposal.notes.map((n) => (
            <li key={n.en}>
              <Typography.Text style={small}>{inLang(n, lang)}</Typography.Text>
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('opportunityUi.energyHeading')}>
        <Typography.Text style={small} data-testid={`opportunity-energy-${proposal.id}`}>
          {energy.length === 0
            ? t('opportunityUi.energyNone')
            : energy
                .map((e) => t('opportunityUi.energyItem', { source: e.name, amount: e.amount, unit: e.unit }))
                .join(t('opportunityUi.listSeparator'))}
          {energy.some((e) => e.negative) && ` ${t('opportunityUi.energyNegativeHint')}`}
        </Typography.Text>
        {proposal.co2NotCounted.length > 0 && (
          <Typography.Text type="warning" style={small}>
            {t('opportunityUi.co2NotCounted', {
              sources: sourceNames(lang, proposal.co2NotCounted).join(t('opportunityUi.listSeparator')),
            })}
          </Typography.Text>
        )}
        {proposal.labourPersons !== 0 && (
          <Typography.Text style={small}>
            {t('opportunityUi.labour', { persons: formatQuantity(proposal.labourPersons, lang) })}
          </Typography.Text>
        )}
      </Part>
      {overlaps.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('opportunityUi.overlaps')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {overlaps.map((o) => (
                <li key={o.id}>{proposalName(lang, o)}</li>
              ))}
            </ul>
          }
          data-testid={`opportunity-overlaps-${proposal.id}`}
        />
      )}
      {editor && assumptions && keys.length > 0 && (
        <Part title={t('opportunityUi.usedAssumptionsHeading')}>
          <AssumptionTable
            keys={keys}
            data={assumptions}
            change={editor.change}
            testIdPrefix={`opportunity-assumption-${proposal.id}-`}
          />
        </Part>
      )}
      <Part title={t('opportunityUi.rowsHeading')}>
        <ProposalRows proposal={proposal} />
      </Part>
    </Flex>
  );
}
