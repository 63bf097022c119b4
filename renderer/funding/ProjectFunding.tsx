import { Alert, App as AntApp, Button, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../shared/funding/bilingual-text';
import type { FundingEvaluation } from '../../shared/funding/evaluate-programmes';
import { StatedProjectFactsSchema } from '../../shared/funding/funding-subject';
import { FIELD_NAMES, type FactValue, type FieldName } from '../../shared/funding/subject-fields';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { routeHref } from '../app/routing';
import { Loading, LoadError } from '../components/StatusBlocks';
import { formatWan } from '../format/figures';
import { errorText } from '../i18n/wire-messages';
import './funding.css';
import { bestEntry, fundingGroups, missingFacts } from './funding-groups';
import { MissingFacts } from './MissingFacts';
import { ProgrammeResult } from './ProgrammeResult';
import { statedSubject, type StatedFacts } from './stated-facts';

/** The project facts a project keeps (filing, its energy use…), as the core's schema names them. */
const STORED_KEYS = new Set(Object.keys(StatedProjectFactsSchema.shape));

/**
 * A project against every funding programme in force: eligible, undetermined or not and exactly
 * why, the estimated support with its computation, the best programme first. The user may state the
 * facts the plan cannot tell (filing, energy use…) to settle the undetermined ones.
 */
export function ProjectFunding({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = AntApp.useApp();
  const [stated, setStated] = useState<StatedFacts>({});
  const query = useApiQuery('funding.evaluate', { projectId, subject: statedSubject(stated) }, [
    'funding',
    'projects',
    'enterprises',
  ]);
  // While the statements are evaluated again, the last answer stays on screen rather than a spinner.
  const [last, setLast] = useState<FundingEvaluation | undefined>(undefined);
  if (query.data && query.data !== last) setLast(query.data);
  const evaluation = query.data ?? last;

  const heading = (
    <Flex align="center" justify="space-between" wrap gap={8}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('fundingUi.projectTitle')}
      </Typography.Title>
      <Typography.Link href={routeHref({ page: 'funding' })} data-testid="funding-manage-packs">
        {t('fundingUi.managePacks')}
      </Typography.Link>
    </Flex>
  );

  if (query.error && !query.loading) {
    return (
      <Flex vertical gap={12} data-testid="project-funding">
        {heading}
        <LoadError error={query.error} onRetry={query.reload} />
        {Object.keys(stated).length > 0 && (
          <Button onClick={() => setStated({})} style={{ alignSelf: 'center' }}>
            {t('fundingUi.factsClear')}
          </Button>
        )}
      </Flex>
    );
  }
  if (!evaluation) {
    return (
      <Flex vertical gap={12} data-testid="project-funding">
        {heading}
        <Loading />
      </Flex>
    );
  }

  /**
   * The project's facts go with the project (over what it held), the enterprise's stay stated here;
   * the evaluation then refetches on the 'projects' change.
   */
  const save = async (facts: StatedFacts) => {
    const project: Record<string, FactValue> = {};
    const rest: StatedFacts = {};
    for (const [name, value] of Object.entries(facts) as [FieldName, FactValue][]) {
      const key = name.slice('project.'.length);
      if (name.startsWith('project.') && STORED_KEYS.has(key)) project[key] = value;
      else rest[name] = value;
    }
    try {
      const current = await api.call('projects.get', { id: projectId });
      await api.call('projects.update', {
        id: projectId,
        changes: { statedFacts: { ...current.statedFacts, ...project } },
      });
      setStated(rest);
      void message.success(t('fundingUi.factsSaved'));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  const groups = fundingGroups(evaluation);
  const best = bestEntry(evaluation);
  const missing = new Set(missingFacts(evaluation));
  const factFields = FIELD_NAMES.filter((f) => missing.has(f) || stated[f] !== undefined);

  return (
    <Flex vertical gap={12} data-testid="project-funding">
      {heading}
      <Typography.Text type="secondary">{t('fundingUi.projectIntro')}</Typography.Text>
      {groups.length === 0 ? (
        <Empty description={t('fundingUi.noPacks')} data-testid="funding-no-packs" />
      ) : (
        <>
          {best ? (
            <Alert
              type="success"
              showIcon
              data-testid="funding-best"
              title={t('fundingUi.best', {
                name: pickText(lang, best.programme.name),
                pack: pickText(lang, best.packName),
                amount: t('fundingUi.wan', {
                  amount: formatWan(best.programme.estimatedSupportFen! / 100, lang),
                }),
              })}
              description={t('fundingUi.bestHint')}
            />
          ) : (
            <Alert type="info" showIcon data-testid="funding-best-none" title={t('fundingUi.bestNone')} />
          )}
          {factFields.length > 0 && (
            <MissingFacts fields={factFields} stated={stated} onApply={setStated} onSave={save} />
          )}
          {groups.map(({ group, entries }) => (
            <Flex key={group} vertical gap={8} data-testid={`funding-group-${group}`}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('fundingUi.withCount', { label: t(`fundingUi.group_${group}`), n: entries.length })}
              </Typography.Title>
              {entries.map((entry) => (
                <ProgrammeResult key={entry.key} entry={entry} best={entry.key === best?.key} />
              ))}
            </Flex>
          ))}
        </>
      )}
    </Flex>
  );
}
