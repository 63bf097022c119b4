import { useEffect, useEffectEvent } from 'react';
import type { FileRef } from '../../shared/register/register-api';
import { giveFile, type GivenFile } from '../api/files';

/**
 * What the app frame asks of a page it is about to open (a menu command, a file dropped elsewhere):
 * the page may not be mounted yet, so the request waits here until the page takes it. One at a
 * time: a newer command replaces one no page took.
 */
export type PageRequest =
  /** Open the register's import wizard, with a file when one was given. */
  | { kind: 'register-import'; enterpriseId: number; gift: GivenFile | null }
  /** Bring the application's draft outputs into view and focus. */
  | { kind: 'draft-outputs'; projectId: number };

let pending: PageRequest | null = null;
const listeners = new Set<() => void>();

function set(request: PageRequest | null) {
  pending = request;
  for (const listener of listeners) listener();
}

export const requestRegisterImport = (enterpriseId: number, file: File | FileRef | null) =>
  set({ kind: 'register-import', enterpriseId, gift: file && giveFile(file) });

export const requestDraftOutputs = (projectId: number) => set({ kind: 'draft-outputs', projectId });

/**
 * Hands this page the request meant for it (`isFor` picks the page's own kind and entity), once,
 * then clears it: one made before the page mounted, or while it is on screen.
 */
export function usePageRequest<K extends PageRequest['kind']>(
  kind: K,
  isFor: (request: Extract<PageRequest, { kind: K }>) => boolean,
  onRequest: (request: Extract<PageRequest, { kind: K }>) => void,
): void {
  const take = useEffectEvent((request: PageRequest) => {
    if (request.kind !== kind) return;
    const mine = request as Extract<PageRequest, { kind: K }>;
    if (!isFor(mine)) return;
    set(null);
    onRequest(mine);
  });
  useEffect(() => {
    let active = true;
    const check = () => {
      if (active && pending) take(pending);
    };
    listeners.add(check);
    // A request made before this page mounted, delivered like any later one: after the render.
    queueMicrotask(check);
    return () => {
      active = false;
      listeners.delete(check);
    };
  }, []);
}
