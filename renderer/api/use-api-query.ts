import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { useApi } from './api-context';
import { touches, useCoreEvents, type DataScope } from './use-core-events';

export interface ApiQuery<T> {
  /** The last answer for this input; kept while a refetch runs, so tables do not flash empty. */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

interface Answer<T> {
  /** Which request this answers: the input's key and the refetch round. */
  inputKey: string;
  round: number;
  data?: T;
  error?: unknown;
}

/** Fetches one call's answer, and fetches it again whenever the core announces a change to one of `scopes`. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  scopes: readonly DataScope[],
): ApiQuery<MethodOutput<M>> {
  const api = useApi();
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<Answer<MethodOutput<M>> | null>(null);
  const inputKey = JSON.stringify(input);

  useEffect(() => {
    let current = true;
    // Inputs are mostly literals made afresh each render; keying the effect on their JSON text
    // refetches only when the request really changes.
    const request = JSON.parse(inputKey) as MethodInput<M>;
    api.call(method, request).then(
      (data) => current && setAnswer({ inputKey, round, data }),
      (error: unknown) => current && setAnswer({ inputKey, round, error }),
    );
    return () => {
      current = false;
    };
  }, [api, method, inputKey, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  useCoreEvents((event) => {
    if (touches(event, scopes)) reload();
  });

  const mine = answer?.inputKey === inputKey ? answer : null;
  return {
    data: mine?.data,
    error: mine?.error,
    loading: mine === null || mine.round !== round,
    reload,
  };
}
