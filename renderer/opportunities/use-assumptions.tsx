import { App, Button } from 'antd';
import { createContext, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredAssumptions } from '../../shared/opportunities/assumptions-api';
import type { OpportunityAssumptionsInput } from '../../shared/opportunities/opportunity-assumptions';
import { useApi } from '../api/api-context';
import { useApiQuery, type ApiQuery } from '../api/use-api-query';
import { testId } from '../components/test-id';
import { errorText } from '../i18n/wire-messages';

const UNDO_SECONDS = 15;

/**
 * Applies an edit to the stored set as it is when the edit runs, so that two quick edits keep each
 * other. Rejects with the core's error. `undoText`: offer Undo under that message.
 */
export type ChangeAssumptions = (
  edit: (stored: OpportunityAssumptionsInput) => OpportunityAssumptionsInput,
  undoText?: string,
) => Promise<void>;

export interface AssumptionsEditor {
  query: ApiQuery<StoredAssumptions>;
  /** Edits queued or running. */
  saving: boolean;
  /** The same function for as long as the page is open, so tables holding it need not redraw. */
  change: ChangeAssumptions;
}

/**
 * The stored assumptions and their editor for the proposals' details, which sit deep in tables
 * that should not redraw whenever an assumption is saved.
 */
export const AssumptionsContext = createContext<{
  data: StoredAssumptions | undefined;
  change: ChangeAssumptions;
} | null>(null);

/**
 * The enterprise's stored assumptions and one way to change them. The core replaces the stored set
 * whole, so edits run one after another, each on the set the previous one left; the proposals
 * refetch on the 'projects' change the core announces.
 */
export function useAssumptions(enterpriseId: number): AssumptionsEditor {
  const api = useApi();
  const { t } = useTranslation();
  const { notification, message } = App.useApp();
  const query = useApiQuery('opportunities.assumptions.get', { enterpriseId }, ['projects']);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const [pending, setPending] = useState(0);

  const change = useCallback<ChangeAssumptions>(
    (edit, undoText) => {
      const store = (assumptions: OpportunityAssumptionsInput) =>
        api.call('opportunities.assumptions.set', { enterpriseId, assumptions });
      const undo = async (key: string, previous: OpportunityAssumptionsInput) => {
        notification.destroy(key);
        try {
          await store(previous);
          void message.success(t('opportunityUi.undone'));
        } catch (error) {
          void message.error(errorText(t, error));
        }
      };
      setPending((n) => n + 1);
      const run = chain.current.then(async () => {
        try {
          // Read afresh rather than from the page's copy, which a refetch may not have reached yet.
          const { stored } = await api.call('opportunities.assumptions.get', { enterpriseId });
          const result = await store(edit(stored));
          if (undoText) {
            const key = `assumptions-${Date.now()}`;
            notification.success({
              key,
              title: undoText,
              duration: UNDO_SECONDS,
              actions: (
                <Button
                  type="primary"
                  size="small"
                  onClick={() => void undo(key, result.previous)}
                  {...testId('opportunity-assumption-undo')}
                >
                  {t('common.undo')}
                </Button>
              ),
            });
          }
        } finally {
          setPending((n) => n - 1);
        }
      });
      // A failed edit must not stop the ones queued after it.
      chain.current = run.catch(() => undefined);
      return run;
    },
    [api, enterpriseId, notification, message, t],
  );

  return { query, saving: pending > 0, change };
}
