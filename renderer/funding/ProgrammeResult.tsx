import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../shared/funding/condition';
import { pickText } from '../../shared/funding/bilingual-text';
import type { EligibilityStatus } from '../../shared/funding/evaluate-programmes';
import { currentLanguage } from '../app/language';
import { sharedText } from '../i18n/wire-messages';
import { estimateText, type ProgrammeEntry } from './funding-groups';
import { ProgrammeFlags } from './ProgrammeFlags';
import { SourceText } from './SourceText';

const STATUS_COLOR: Record<EligibilityStatus, string> = {
  eligible: 'green',
  not_eligible: 'red',
  undetermined: 'orange',
};

const OUTCOME_ICON: Record<Outcome, React.ReactNode> = {
  met: <CheckCircleFilled style={{ color: '#52c41a' }} aria-hidden />,
  not_met: <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-hidden />,
  unknown: <QuestionCircleFilled style={{ color: '#faad14' }} aria-hidden />,
};

/**
 * One programme judged for the project: its status, every condition with the fact's value and
 * whether it holds (the core's words), the estimate with each step of its computation, the source.
 */
export function ProgrammeResult({ entry, best }: { entry: ProgrammeEntry; best: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const p = entry.programme;
  const status = sharedText(t, `funding.${p.type === 'check' ? 'checkStatus' : 'status'}_${p.status}`);

  return (
    <Card
      size="small"
      className={best ? 'funding-best' : undefined}
      title={<span style={{ whiteSpace: 'normal' }}>{pickText(lang, p.name)}</span>}
      extra={best && <Tag color="success">{t('fundingUi.bestTag')}</Tag>}
      data-testid="funding-result"
      data-key={entry.key}
      data-status={p.status}
    >
      <Flex vertical gap={10}>
        <Flex wrap gap={4} align="center">
          <Tag color={STATUS_COLOR[p.status]} data-testid="funding-result-status">
            {status}
          </Tag>
          <ProgrammeFlags
            type={p.type}
            year={p.year}
            example={p.example}
            checkCurrentNotice={p.checkCurrentNotice}
            verify={p.verify}
          />
          <Typography.Text type="secondary">
            {pickText(lang, p.issuer)} · {pickText(lang, entry.packName)}
          </Typography.Text>
        </Flex>
        <Flex vertical gap={2} data-testid="funding-result-reasons">
          <Typography.Text strong>{t('fundingUi.reasons')}</Typography.Text>
          {p.reasons.map((r, i) => (
            <span
              key={i}
              className="funding-reason"
              style={{ paddingLeft: r.depth * 20 }}
              data-outcome={r.outcome}
              data-testid="funding-reason"
            >
              {OUTCOME_ICON[r.outcome]}
              <span>{pickText(lang, r.text)}</span>
            </span>
          ))}
        </Flex>
        <Flex vertical gap={2}>
          <Typography.Text strong data-testid="funding-result-estimate">
            {estimateText(t, lang, p)}
          </Typography.Text>
          {p.type !== 'check' && p.support.kind !== 'none' && (
            <Flex vertical gap={2} style={{ paddingLeft: 20 }} data-testid="funding-result-steps">
              {p.support.steps.map((s, i) => (
                <Typography.Text key={i} type="secondary" data-testid="funding-result-step">
                  {pickText(lang, s.text)}
                </Typography.Text>
              ))}
            </Flex>
          )}
        </Flex>
        <Typography.Text type="secondary">
          {t('fundingUi.source')}
          {t('fundingUi.labelSeparator')}
          <SourceText source={p.source} />
        </Typography.Text>
        {p.notes && <Typography.Text type="secondary">{pickText(lang, p.notes)}</Typography.Text>}
      </Flex>
    </Card>
  );
}
