/**
 * The single API between the UI and the core. Every call: a name, a zod schema for its input, and
 * its output type. The core implements this table once; Electron IPC, the browser host and
 * in-process calls only move bytes.
 */
import { z } from 'zod';
import {
  EnterpriseChangesSchema,
  EnterpriseCreateSchema,
  EntityId,
  type Enterprise,
  type EnterpriseSummary,
} from '../enterprise/enterprise-schema';
import type { BackupInfo, RestoreResult, WorkspaceStatus } from '../workspace/workspace-types';

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Only carries the output type; never set at run time. */
  output?: O;
}

const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

const NoInput = z.strictObject({});
/** Backups are named, never addressed by path: the name must be a plain file name in the backup folder. */
const BackupName = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9\u4e00-\u9fff_.-]+\.sqlite$/, { message: 'validation.backupName' })
  .refine((s) => !s.includes('..'), { message: 'validation.backupName' });

export const contract = {
  'workspace.status': method<WorkspaceStatus>()(NoInput),
  /** Leaves recovery mode: restore the named backup, or start an empty workspace when null. */
  'workspace.recover': method<WorkspaceStatus>()(z.strictObject({ backup: BackupName.nullable() })),

  'enterprise.list': method<EnterpriseSummary[]>()(NoInput),
  'enterprise.get': method<Enterprise>()(z.strictObject({ id: EntityId })),
  'enterprise.create': method<Enterprise>()(EnterpriseCreateSchema),
  'enterprise.update': method<Enterprise>()(
    z.strictObject({ id: EntityId, changes: EnterpriseChangesSchema }),
  ),
  /** Moves the enterprise out of sight; `enterprise.undoDelete` brings it back unchanged. */
  'enterprise.delete': method<{ id: number; name: string }>()(z.strictObject({ id: EntityId })),
  'enterprise.undoDelete': method<Enterprise>()(z.strictObject({ id: EntityId })),

  'backup.list': method<BackupInfo[]>()(NoInput),
  'backup.create': method<BackupInfo>()(NoInput),
  'backup.restore': method<RestoreResult>()(z.strictObject({ name: BackupName })),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** What every transport gives the renderer. */
export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Returns an unsubscribe function. */
  onEvent(listener: (event: import('./events').CoreEvent) => void): () => void;
}
