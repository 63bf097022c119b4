/**
 * What a command of the desktop shell (its menu, a file opened with the app) or a file dropped onto
 * the window does, given the page on screen. Pure, so each case is tested without a window.
 */
import type { ShellCommand } from '../../shared/api/bridge';
import type { FileRef } from '../../shared/register/register-api';
import { givenFileKind } from '../api/files';
import type { Route } from './routing';

export type ShellAction =
  | { kind: 'navigate'; route: Route }
  /** Open the enterprise's register with the import wizard open, starting with the file if any. */
  | { kind: 'register-import'; enterpriseId: number; file: File | FileRef | null }
  /** A register file is in hand but no enterprise is open: ask which one it belongs to. */
  | { kind: 'choose-enterprise'; file: File | FileRef }
  /** No enterprise open and no file yet: show the enterprise list and say to pick one first. */
  | { kind: 'pick-enterprise-first' }
  /** Open the project's application with its draft outputs in focus. */
  | { kind: 'draft-outputs'; enterpriseId: number; projectId: number }
  | { kind: 'open-project-first' }
  /** The client file import, previewing the file. */
  | { kind: 'handoff'; file: File | FileRef }
  | { kind: 'unsupported-file'; name: string }
  /** The page on screen handles it itself (the register page takes register files dropped on it). */
  | { kind: 'leave-to-page' };

/** The enterprise the user has open, whose register, dashboard and projects the menu then offers. */
export const openEnterprise = (route: Route): number | null =>
  route.page === 'enterprise' ? route.id : 'enterpriseId' in route ? route.enterpriseId : null;

function registerImport(route: Route, file: File | FileRef | null): ShellAction {
  const enterpriseId = openEnterprise(route);
  if (enterpriseId !== null) return { kind: 'register-import', enterpriseId, file };
  return file ? { kind: 'choose-enterprise', file } : { kind: 'pick-enterprise-first' };
}

export function shellAction(command: ShellCommand, route: Route): ShellAction {
  switch (command.kind) {
    case 'show':
      return { kind: 'navigate', route: { page: command.page } };
    case 'import-register':
      return registerImport(route, null);
    case 'export-draft':
      if (route.page === 'project') {
        return { kind: 'draft-outputs', enterpriseId: route.enterpriseId, projectId: route.id };
      }
      if (route.page === 'application') {
        return { kind: 'draft-outputs', enterpriseId: route.enterpriseId, projectId: route.projectId };
      }
      return { kind: 'open-project-first' };
    case 'open-file':
      return command.fileKind === 'handoff'
        ? { kind: 'handoff', file: command.file }
        : registerImport(route, command.file);
  }
}

/** A file dropped anywhere on the window, outside a drop area that took it. */
export function dropAction(file: File, route: Route): ShellAction {
  const kind = givenFileKind(file.name);
  if (kind === 'handoff') return { kind: 'handoff', file };
  // The register page imports whatever else is dropped on it, and says itself what it cannot read.
  if (route.page === 'register') return { kind: 'leave-to-page' };
  if (kind === 'register') return registerImport(route, file);
  return { kind: 'unsupported-file', name: file.name };
}
