import { App, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../shared/opportunities/opportunities-api';
import type { DirectionCode } from '../../shared/projects/directions';
import type { ProjectDetail } from '../../shared/projects/projects-api';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-errors';
import { currentLanguage } from '../app/language';
import { routeHref } from '../app/routing';
import { testId } from '../components/test-id';
import { errorText } from '../i18n/wire-messages';
import { proposalName } from './proposal-text';

const UNDO_SECONDS = 20;

export type AcceptTarget =
  { kind: 'new'; name: string; direction: DirectionCode } | { kind: 'existing'; projectId: number };

/** Some proposals went into an existing project before one was refused. */
export class PartlyAccepted extends Error {
  constructor(
    readonly accepted: readonly Opportunity[],
    readonly failed: Opportunity,
    readonly refusal: unknown,
  ) {
    super('partly accepted');
  }
}

/**
 * Accepting, dismissing and undoing, each on the proposals as the page shows them (its reference
 * year; the enterprise's stored assumptions). After an acceptance the page says which project the
 * proposals went to, links to it and offers Undo; the lists refetch on the core's 'projects' change.
 */
export function useDecisions(enterpriseId: number, year: number) {
  const api = useApi();
  const { t } = useTranslation();
  const { notification, message } = App.useApp();
  const scope = { enterpriseId, year };

  const undoOne = (id: string) =>
    api.call('opportunities.decide', { ...scope, opportunityId: id, decision: { kind: 'undo' } });

  /**
   * Takes the proposals out again; a project made for them alone goes too (it can be restored).
   * One already taken out from the list below is passed over, so the notice's Undo still works.
   */
  const undoAcceptance = async (key: string, ids: readonly string[], created: ProjectDetail | null) => {
    notification.destroy(key);
    try {
      let project: ProjectDetail | null = null;
      for (const id of ids) {
        try {
          project = (await undoOne(id)).project ?? project;
        } catch (error) {
          if (!(error instanceof ApiError && error.wire.code === 'NOT_FOUND')) throw error;
        }
      }
      const empty =
        project && project.lines.length + project.benefits.length + project.financing.length === 0;
      if (created && empty) await api.call('projects.delete', { id: created.id });
      void message.success(t('opportunityUi.undone'));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  const announce = (accepted: readonly Opportunity[], project: ProjectDetail, created: boolean) => {
    const lang = currentLanguage();
    const key = `accepted-${project.id}-${Date.now()}`;
    const [first] = accepted;
    notification.success({
      key,
      title:
        accepted.length === 1 && first
          ? t('opportunityUi.acceptedOne', { name: proposalName(lang, first), project: project.name })
          : t('opportunityUi.acceptedMany', { count: accepted.length, project: project.name }),
      description: (
        <Typography.Link
          href={routeHref({ page: 'project', enterpriseId, id: project.id })}
          onClick={() => notification.destroy(key)}
          data-testid="opportunity-accepted-project-link"
        >
          {t('opportunityUi.openProject', { project: project.name })}
        </Typography.Link>
      ),
      duration: UNDO_SECONDS,
      actions: (
        <Flex gap={8}>
          <Button
            size="small"
            type="primary"
            onClick={() =>
              void undoAcceptance(
                key,
                accepted.map((o) => o.id),
                created ? project : null,
              )
            }
            {...testId('opportunity-accepted-undo')}
          >
            {t('common.undo')}
          </Button>
        </Flex>
      ),
    });
  };

  /**
   * A new project takes every proposal in one step, or none. An existing one takes them one by one;
   * if one is refused, those before it stay accepted and PartlyAccepted says so.
   */
  const accept = async (chosen: readonly Opportunity[], target: AcceptTarget): Promise<ProjectDetail> => {
    const lang = currentLanguage();
    if (target.kind === 'new') {
      const project = await api.call('projects.fromOpportunities', {
        ...scope,
        opportunityIds: chosen.map((o) => o.id),
        project: { name: target.name, direction: target.direction },
        lang,
      });
      announce(chosen, project, true);
      return project;
    }
    const done: Opportunity[] = [];
    let project: ProjectDetail | null = null;
    for (const o of chosen) {
      try {
        const result = await api.call('opportunities.decide', {
          ...scope,
          opportunityId: o.id,
          decision: { kind: 'accept', projectId: target.projectId },
          lang,
        });
        project = result.project;
        done.push(o);
      } catch (error) {
        if (done.length === 0) throw error;
        if (project) announce(done, project, false);
        throw new PartlyAccepted(done, o, error);
      }
    }
    if (project) announce(done, project, false);
    return project as ProjectDetail;
  };

  const dismiss = async (o: Opportunity, reason: string) => {
    await api.call('opportunities.decide', {
      ...scope,
      opportunityId: o.id,
      decision: { kind: 'dismiss', reason },
    });
    void message.success(t('opportunityUi.dismissedOne', { name: proposalName(currentLanguage(), o) }));
  };

  /** Undo from the accepted or dismissed lists: the proposal is open again. */
  const undo = async (o: Opportunity) => {
    try {
      await undoOne(o.id);
      void message.success(t('opportunityUi.reopened', { name: proposalName(currentLanguage(), o) }));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  return { accept, dismiss, undo };
}
