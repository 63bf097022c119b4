import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Col, Flex, Grid, Row, Typography } from 'antd';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentAnswer } from '../../shared/assessment/assessment-api';
import type { ElementCode, SubDomainCode } from '../../shared/assessment/cmmm-structure';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { routeHref } from '../app/routing';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadError } from '../components/StatusBlocks';
import { inLang } from '../dashboard/figure-text';
import { errorText } from '../i18n/wire-messages';
import { pageSaveStatus } from './answer-saver';
import { AssessmentDetailsBar, type DetailsChange } from './AssessmentDetailsBar';
import { answerIndex, locate, newerDetail, questionnaireGroups } from './questionnaire-shape';
import { QuestionnaireTabs } from './QuestionnaireTabs';
import { ResultPanel } from './ResultPanel';
import { useAnswerSaver } from './use-answer-saver';

/** Beside the questionnaire on a wide screen, the result stays in view while the answers scroll. */
const STICKY: CSSProperties = {
  position: 'sticky',
  top: 16,
  alignSelf: 'flex-start',
  maxHeight: 'calc(100vh - 32px)',
  display: 'flex',
  flexDirection: 'column',
};

/** Brings a question into view and to the keyboard once its panel has rendered. */
function useFocusQuestion(request: { questionId: string; n: number } | null) {
  useEffect(() => {
    if (!request) return;
    const timer = setTimeout(() => {
      const item = document.getElementById(`question-${request.questionId}`);
      item?.scrollIntoView({ block: 'center' });
      item?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, [request]);
}

/**
 * One self-assessment: the questionnaire, answered and saved as the user goes, and beside it the
 * result those answers give.
 */
export function AssessmentPage({ enterpriseId, id }: { enterpriseId: number; id: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().xl === true;
  const questionnaire = useApiQuery('assessment.questions', {}, []);
  const fetched = useApiQuery('assessment.get', { id }, ['assessments', 'enterprises']);
  const enterprise = useApiQuery('enterprise.get', { id: enterpriseId }, ['enterprises']);
  const { actions, saves, saved, keep } = useAnswerSaver(id);
  const detail = fetched.data ? newerDetail(fetched.data, saved ?? fetched.data) : saved;
  const answers = useMemo(
    (): ReadonlyMap<string, AssessmentAnswer> => (detail ? answerIndex(detail) : new Map()),
    [detail],
  );

  const q = questionnaire.data;
  const groups = useMemo(() => (q ? questionnaireGroups(q) : []), [q]);
  const rules = useMemo(() => new Map((q?.suggestionRules ?? []).map((r) => [r.questionId, r])), [q]);
  const texts = useMemo(() => new Map((q?.questions ?? []).map((x) => [x.id, x.text])), [q]);
  const [element, setElement] = useState<ElementCode>('people');
  const [openState, setOpen] = useState<SubDomainCode[] | null>(null);
  const open = openState ?? groups.map((g) => g.subDomains[0]!.code);
  const [focus, setFocus] = useState<{ questionId: string; n: number } | null>(null);
  useFocusQuestion(focus);

  const openQuestion = (questionId: string) => {
    const at = locate(groups, questionId);
    if (!at) return;
    setElement(at.element);
    setOpen(open.includes(at.subDomain) ? open : [...open, at.subDomain]);
    setFocus({ questionId, n: (focus?.n ?? 0) + 1 });
  };

  const update = async (changes: DetailsChange) => {
    try {
      keep(await api.call('assessment.update', { id, changes }));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  const back = (
    <Typography.Link href={routeHref({ page: 'assessments', enterpriseId })} data-testid="assessment-back">
      <ArrowLeftOutlined /> {t('selfAssessment.back', { ns: 'shared' })}
    </Typography.Link>
  );
  const failed = [questionnaire, fetched].find((x) => x.error != null && !x.data);
  if (failed) {
    return (
      <>
        {back}
        <LoadError error={failed.error} onRetry={() => [questionnaire, fetched].forEach((x) => x.reload())} />
      </>
    );
  }
  if (!detail || !q) return <Loading />;

  const status = pageSaveStatus(saves);
  return (
    <>
      {back}
      <PageHeading
        title={
          <Typography.Text
            editable={{
              onChange: (text) => {
                const title = text.trim();
                if (title !== '' && title !== detail.assessment.title) void update({ title });
              },
              maxLength: 200,
              triggerType: ['icon', 'text'],
              tooltip: t('selfAssessment.renameHint', { ns: 'shared' }),
            }}
            style={{ fontSize: 'inherit', fontWeight: 'inherit' }}
            data-testid="assessment-title"
          >
            {detail.assessment.title}
          </Typography.Text>
        }
        extra={
          // Keyed by the stored date, so a date changed elsewhere replaces the one in the field.
          <AssessmentDetailsBar
            key={detail.assessment.assessedOn}
            assessment={detail.assessment}
            onChange={(c) => void update(c)}
          />
        }
      >
        <Flex gap={16} wrap>
          <Typography.Text type="secondary">{enterprise.data?.name ?? '\u00a0'}</Typography.Text>
          <Typography.Text
            type={status === 'failed' ? 'danger' : 'secondary'}
            role="status"
            data-testid="assessment-save-status"
            data-status={status}
          >
            {t(`selfAssessment.pageSave_${status}`, { ns: 'shared' })}
          </Typography.Text>
        </Flex>
      </PageHeading>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14} data-testid="questionnaire">
          <QuestionnaireTabs
            groups={groups}
            state={{ answers, saves, rules, actions }}
            activeElement={element}
            onElement={setElement}
            open={open}
            onOpenChange={setOpen}
          />
        </Col>
        <Col xs={24} xl={10} style={wide ? STICKY : undefined}>
          <ResultPanel
            detail={detail}
            enterpriseName={enterprise.data?.name ?? ''}
            weightsBasis={q.weightsBasis}
            questionText={(questionId) => {
              const text = texts.get(questionId);
              return text ? inLang(text, lang) : questionId;
            }}
            onOpen={openQuestion}
            fitHeight={wide}
          />
        </Col>
      </Row>
    </>
  );
}
