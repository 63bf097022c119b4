/**
 * Workspaces for the application-data tests: an enterprise with a valid USCC and a profile year,
 * and a project with two lines (one without an amount) and too little financing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../../electron/core/core';
import type { CoreEvent } from '../../../shared/api/events';
import { fakeClock, sampleEnterprise, tempDir, tempWorkspace } from '../core/helpers';

export const VALID_USCC = '914403001922038216';

export async function draftsWorkspace() {
  const ws = tempWorkspace();
  const clock = fakeClock('2026-03-10T08:00:00.000Z');
  const core = await ws.open({ now: clock.now });
  const events: CoreEvent[] = [];
  core.onEvent((e) => events.push(e));
  const enterprise = await core.call(
    'enterprise.create',
    sampleEnterprise('深圳市示例精密制造有限公司', { uscc: VALID_USCC, district: 'longhua' }),
  );
  const project = await robotProject(core, enterprise.id);
  return { ws, clock, core, events, enterpriseId: enterprise.id, projectId: project };
}

/**
 * 2 robots at ¥150,000 and an installation line still at ¥0: ¥300,000 of investment, ¥200,000 of
 * own funds. Start date and description given; completion date and site not.
 */
export async function robotProject(
  core: Core,
  enterpriseId: number,
  name = '机器人上下料改造',
): Promise<number> {
  const p = await core.call('projects.create', {
    enterpriseId,
    name,
    direction: 'intelligent',
    startDate: '2026-04-01',
    description: '冲压线增加机器人上下料',
  });
  await core.call('projects.addLine', {
    projectId: p.id,
    line: {
      category: 'equipment',
      name: '六轴机器人',
      quantity: 2,
      unitPriceFen: 150_000_00,
      intelligent: true,
    },
  });
  await core.call('projects.addLine', {
    projectId: p.id,
    line: { category: 'installation', name: '安装调试', quantity: 1, unitPriceFen: 0 },
  });
  await core.call('projects.addFinancing', {
    projectId: p.id,
    financing: { kind: 'own', amountFen: 200_000_00 },
  });
  return p.id;
}

/** A file on disk with these bytes, registered as the user's choice; returns its FileId. */
export function chosenFile(
  core: Core,
  name: string,
  bytes: Buffer | string,
): { fileId: string; path: string } {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return { fileId: core.files.registerRead(file).fileId, path: file };
}
