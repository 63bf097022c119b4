/** What the desktop shell's commands and files dropped onto the window do, per page on screen. */
import { describe, expect, it } from 'vitest';
import { dropAction, shellAction } from '../../../renderer/app/shell-actions';
import type { Route } from '../../../renderer/app/routing';

const registerRef = { fileId: 'f1', name: '设备台账.xlsx', sizeBytes: 2048 };
const clientRef = { fileId: 'f2', name: '客户.retrofit', sizeBytes: 4096 };
const list: Route = { page: 'enterprises' };
const portfolio: Route = { page: 'portfolio' };
const dashboard: Route = { page: 'dashboard', enterpriseId: 7, year: 2025 };
const enterprise: Route = { page: 'enterprise', id: 7 };
const project: Route = { page: 'project', enterpriseId: 7, id: 3, tab: 'lines' };
const application: Route = { page: 'application', enterpriseId: 7, projectId: 3 };
const register: Route = { page: 'register', enterpriseId: 7 };
const file = (name: string) => new File([new Uint8Array([1, 2, 3])], name);

describe('shell commands', () => {
  it('show a page whatever is on screen', () => {
    for (const page of ['portfolio', 'enterprises', 'backups'] as const) {
      expect(shellAction({ kind: 'show', page }, application)).toEqual({ kind: 'navigate', route: { page } });
    }
  });

  it('import into the register of the enterprise on screen, or ask to pick one first', () => {
    for (const route of [enterprise, dashboard, project, application, register]) {
      expect(shellAction({ kind: 'import-register' }, route)).toEqual({
        kind: 'register-import',
        enterpriseId: 7,
        file: null,
      });
    }
    for (const route of [list, portfolio, { page: 'backups' } as Route, { page: 'funding' } as Route]) {
      expect(shellAction({ kind: 'import-register' }, route)).toEqual({ kind: 'pick-enterprise-first' });
    }
  });

  it('export the draft of the project on screen, from its page or its application', () => {
    expect(shellAction({ kind: 'export-draft' }, project)).toEqual({
      kind: 'draft-outputs',
      enterpriseId: 7,
      projectId: 3,
    });
    expect(shellAction({ kind: 'export-draft' }, application)).toEqual({
      kind: 'draft-outputs',
      enterpriseId: 7,
      projectId: 3,
    });
    for (const route of [enterprise, { page: 'projects', enterpriseId: 7 } as Route, portfolio]) {
      expect(shellAction({ kind: 'export-draft' }, route)).toEqual({ kind: 'open-project-first' });
    }
  });

  it('open a register file in the open enterprise, or keep it and ask which enterprise', () => {
    const command = { kind: 'open-file', file: registerRef, fileKind: 'register' } as const;
    expect(shellAction(command, dashboard)).toEqual({
      kind: 'register-import',
      enterpriseId: 7,
      file: registerRef,
    });
    expect(shellAction(command, portfolio)).toEqual({ kind: 'choose-enterprise', file: registerRef });
  });

  it('preview a client file on any page', () => {
    const command = { kind: 'open-file', file: clientRef, fileKind: 'handoff' } as const;
    for (const route of [list, register, application]) {
      expect(shellAction(command, route)).toEqual({ kind: 'handoff', file: clientRef });
    }
  });
});

describe('files dropped onto the window', () => {
  it('previews a client file on any page, the register page included', () => {
    const dropped = file('Client.RETROFIT');
    for (const route of [portfolio, register, enterprise]) {
      expect(dropAction(dropped, route)).toEqual({ kind: 'handoff', file: dropped });
    }
  });

  it('takes a register file to the open enterprise, asks for one elsewhere, leaves it to the register page', () => {
    const xlsx = file('台账.xlsx');
    const csv = file('ledger.CSV');
    expect(dropAction(xlsx, project)).toEqual({ kind: 'register-import', enterpriseId: 7, file: xlsx });
    expect(dropAction(csv, enterprise)).toEqual({ kind: 'register-import', enterpriseId: 7, file: csv });
    expect(dropAction(xlsx, portfolio)).toEqual({ kind: 'choose-enterprise', file: xlsx });
    expect(dropAction(xlsx, register)).toEqual({ kind: 'leave-to-page' });
  });

  it('names a file it cannot use, except on the register page which says so itself', () => {
    expect(dropAction(file('photo.png'), enterprise)).toEqual({
      kind: 'unsupported-file',
      name: 'photo.png',
    });
    expect(dropAction(file('report.xls.txt'), list)).toEqual({
      kind: 'unsupported-file',
      name: 'report.xls.txt',
    });
    expect(dropAction(file('photo.png'), register)).toEqual({ kind: 'leave-to-page' });
  });
});
