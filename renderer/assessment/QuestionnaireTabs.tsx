import { Flex, Progress, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentAnswer } from '../../shared/assessment/assessment-api';
import type { ElementCode, SubDomainCode } from '../../shared/assessment/cmmm-structure';
import { currentLanguage } from '../app/language';
import { inLang } from '../dashboard/figure-text';
import type { QuestionSave } from './answer-saver';
import { Disclosure } from './Disclosure';
import { QuestionItem, type QuestionActions } from './QuestionItem';
import {
  domainRuns,
  elementQuestions,
  progressOf,
  type ElementGroup,
  type Progress as AnswerProgress,
  type SubDomainGroup,
} from './questionnaire-shape';
import type { SuggestionRule } from './SuggestionNote';

export interface QuestionnaireState {
  answers: ReadonlyMap<string, AssessmentAnswer>;
  saves: Readonly<Record<string, QuestionSave>>;
  rules: ReadonlyMap<string, SuggestionRule>;
  actions: QuestionActions;
}

const percent = (p: AnswerProgress) => (p.questions === 0 ? 0 : (p.answered / p.questions) * 100);

function SubDomainHeader({ group, progress }: { group: SubDomainGroup; progress: AnswerProgress }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Flex justify="space-between" align="center" gap={8} wrap data-testid={`subdomain-${group.code}`}>
      <Typography.Text strong>{inLang(group.label, lang)}</Typography.Text>
      <Flex align="center" gap={8}>
        {progress.suggested > 0 && (
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {t('selfAssessment.suggestedCount', { ns: 'shared', count: progress.suggested })}
          </Tag>
        )}
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12 }}
          data-testid={`subdomain-progress-${group.code}`}
        >
          {t('selfAssessment.progressShort', {
            ns: 'shared',
            answered: progress.answered,
            questions: progress.questions,
          })}
        </Typography.Text>
        <Progress
          type="circle"
          size={18}
          percent={percent(progress)}
          showInfo={false}
          aria-label={inLang(group.label, lang)}
        />
      </Flex>
    </Flex>
  );
}

function ElementPane({
  element,
  state,
  open,
  onOpenChange,
}: {
  element: ElementGroup;
  state: QuestionnaireState;
  open: readonly SubDomainCode[];
  onOpenChange: (open: SubDomainCode[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      {domainRuns(element.subDomains).map((run) => (
        <Flex vertical gap={6} key={run.subDomains[0]!.code}>
          {run.domain && (
            <Typography.Text type="secondary">
              {t(`selfAssessment.domain_${run.domain}`, { ns: 'shared' })}
            </Typography.Text>
          )}
          {run.subDomains.map((s) => (
            <Disclosure
              key={s.code}
              open={open.includes(s.code)}
              onToggle={() =>
                onOpenChange(open.includes(s.code) ? open.filter((c) => c !== s.code) : [...open, s.code])
              }
              header={<SubDomainHeader group={s} progress={progressOf(s.questions, state.answers)} />}
            >
              {s.questions.map((q) => (
                <QuestionItem
                  key={q.id}
                  question={q}
                  answer={state.answers.get(q.id)}
                  save={state.saves[q.id]}
                  rule={state.rules.get(q.id)}
                  actions={state.actions}
                />
              ))}
            </Disclosure>
          ))}
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * The questionnaire by capability element (one tab each) and sub-domain (a panel each, with how
 * many of its questions are answered and how many still carry the register's suggestion).
 */
export function QuestionnaireTabs({
  groups,
  state,
  activeElement,
  onElement,
  open,
  onOpenChange,
}: {
  groups: readonly ElementGroup[];
  state: QuestionnaireState;
  activeElement: ElementCode;
  onElement: (element: ElementCode) => void;
  open: readonly SubDomainCode[];
  onOpenChange: (open: SubDomainCode[]) => void;
}) {
  const lang = currentLanguage();
  return (
    <Tabs
      activeKey={activeElement}
      onChange={(key) => onElement(key as ElementCode)}
      items={groups.map((e) => {
        const progress = progressOf(elementQuestions(e), state.answers);
        return {
          key: e.code,
          label: (
            <span data-testid={`element-tab-${e.code}`}>
              {inLang(e.label, lang)}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {progress.answered}/{progress.questions}
              </Typography.Text>
            </span>
          ),
          children: <ElementPane element={e} state={state} open={open} onOpenChange={onOpenChange} />,
        };
      })}
    />
  );
}
