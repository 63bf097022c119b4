import { useCallback, useEffect, useState } from 'react';
import type { FundingPackDetail } from '../../shared/funding/funding-api';
import { useApi } from '../api/api-context';
import { touches, useCoreEvents } from '../api/use-core-events';

interface Answer {
  round: number;
  data?: FundingPackDetail[];
  error?: unknown;
}

/**
 * Every pack in force with its programmes: the list names the packs, and the table also shows what
 * only their programmes say (issuers, years, the example flags). Fetched again on a 'funding' change.
 */
export function useFundingPacks() {
  const api = useApi();
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    let current = true;
    api
      .call('funding.packs.list', {})
      .then((list) => Promise.all(list.map((p) => api.call('funding.packs.get', { id: p.id }))))
      .then(
        (data) => current && setAnswer({ round, data }),
        (error: unknown) => current && setAnswer((a) => ({ round, data: a?.data, error })),
      );
    return () => {
      current = false;
    };
  }, [api, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  useCoreEvents((event) => {
    if (touches(event, ['funding'])) reload();
  });

  return {
    /** Kept while a refetch runs, so the table does not flash empty. */
    data: answer?.data,
    error: answer?.round === round ? answer.error : undefined,
    loading: answer?.round !== round,
    reload,
  };
}
