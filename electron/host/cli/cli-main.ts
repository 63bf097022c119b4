/**
 * Command-line interface over the same core and contract as the app, for consultants who script
 * their work: `npm run --silent cli -- <group> <command> --db FILE [...] [--json]`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Core } from '../../core/core';
import { defaultWorkspacePath } from '../../core/paths';
import { cliLang } from './cli-lang';
import { printResult, reportError, UsageError, withCore, type CliContext } from './cli-io';
import type { Flags } from './cli-args';
import { ENTERPRISE_FLAGS, enterpriseCommand } from './commands/enterprise-commands';
import { dbCommand } from './commands/db-commands';
import { EQUIPMENT_FLAGS, equipmentCommand } from './commands/equipment-commands';
import { INDICATOR_FLAGS, indicatorsCommand } from './commands/indicators-commands';
import { OPPORTUNITY_FLAGS, opportunitiesCommand } from './commands/opportunity-commands';
import { PROJECT_FLAGS, projectCommand } from './commands/project-commands';
import { FUNDING_FLAGS, fundingCommand } from './commands/funding-commands';
import { SCENARIO_FLAGS, scenarioCommand } from './commands/scenario-commands';
import { exportWorkspaceCommand, importWorkspaceCommand } from './commands/handoff-commands';
import { DRAFT_EXPORT_FLAGS, exportDraftCommand } from './commands/draft-export-commands';

const HELP = `Retrofit Planner (技改规划助手) command line

  workspace init   --db FILE
  enterprise add   --db FILE --name NAME [--name-en T] [--uscc CODE] [--district NAME] [--city T]
                   [--industry CODE] [--type discrete|process] [--year YYYY] [--employees N]
                   [--revenue-yuan N] [--output-value-yuan N] [--new-product-output-yuan N]
                   [--rnd-yuan N] [--fixed-assets-yuan N]
  enterprise update --db FILE --id ID [same fields as add]
  enterprise list|show|delete|undo-delete --db FILE [--id ID]
  equipment import --db FILE --enterprise ID PATH [--sheet NAME] [--mapping JSON] [--dry-run]
                   (--mapping: {"field": column index | "header text" | null})
  equipment list   --db FILE --enterprise ID [--format json|csv] [--out PATH]
  equipment export --db FILE --enterprise ID --format json|csv|xlsx [--out PATH]
  indicators       --db FILE --enterprise ID [--year YYYY]   (reference year, default this year)
  opportunities    --db FILE --enterprise ID [--year YYYY]   (measures the register suggests)
  project add      --db FILE --enterprise ID --name NAME --direction CODE [--from-opportunities all|ID,…]
                   [--year YYYY]   (the reference year the proposals are made for)
                   (CODE: expand, intelligent, renewal, innovation, integration, green)
  project update   --db FILE --id ID [--name NAME] [--direction CODE] [--status STATUS]
                   [--stated-facts JSON]   (facts for the funding programmes, kept with the project,
                   e.g. {"filed": true, "energyTce": 800}; '{}' clears them)
  project list     --db FILE --enterprise ID
  project show     --db FILE (--id ID | --enterprise ID)   (with investment, payback, NPV, IRR, tce, CO₂)
  funding          --db FILE (--project ID | --enterprise ID) [--subject JSON | --subject-file PATH]
                   [--pack ID,…]   (every programme: eligible, the reasons, estimated support and its
                   computation; --subject states facts over the project's and the profile's, e.g.
                   {"project": {"filed": true, "energyTce": 800}, "enterprise": {"creditBlacklisted": false}})
  funding packs|export|import|delete|reset --db FILE [--pack ID] [--file PATH] [--out PATH] [--dry-run]
  scenarios list   --db FILE --enterprise ID
  scenarios create --db FILE --enterprise ID --name NAME --projects ID,…
  scenarios update --db FILE --id ID [--name NAME] [--projects ID,…]
  scenarios delete|undo-delete --db FILE --id ID
  scenarios compare --db FILE --enterprise ID (--sets 'NAME=ID,ID;NAME=ID' | --scenarios ID,ID) [--year YYYY]
                   (investment, support, net cost, savings, payback, NPV, IRR, readiness before and
                   after each set of projects, and the register changes the "after" assumed)
  export draft     --db FILE (--project ID | --enterprise ID | --all) [--format docx,xlsx,pdf] --out DIR
                   [--lang zh-CN|en] [--template FILE]   (application drafts; --template fills the
                   agency's Word template instead of the app's outline; PDF needs Chromium or Chrome)
  export workspace --db FILE --enterprise ID [--out FILE.retrofit]   (one enterprise, to hand over)
  import workspace --db FILE PATH [--dry-run] [--as-new]   (updates the enterprise with the same USCC,
                   else adds it; --dry-run shows what would change; --as-new always adds)
  db check|backup|backups --db FILE
  db restore --db FILE [--backup NAME]      (default: the newest good backup)

Every command takes --json (stdout is JSON only; errors go to stderr, exit code 1, or 2 for usage).
Without --db the default workspace in the per-user data folder is used.
Messages are in Chinese; set RETROFIT_LANG=en for English.`;

const STRING_FLAGS = [
  'db',
  'backup',
  ...new Set([
    ...ENTERPRISE_FLAGS,
    ...EQUIPMENT_FLAGS,
    ...INDICATOR_FLAGS,
    ...FUNDING_FLAGS,
    ...OPPORTUNITY_FLAGS,
    ...PROJECT_FLAGS,
    ...SCENARIO_FLAGS,
    ...DRAFT_EXPORT_FLAGS,
  ]),
];

export async function runCli(argv: string[], io: Pick<CliContext, 'out' | 'err'>): Promise<number> {
  const ctx: CliContext = { lang: cliLang(), json: argv.includes('--json'), ...io };
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(STRING_FLAGS.map((f) => [f, { type: 'string' as const }])),
        json: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'as-new': { type: 'boolean' },
        all: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    const flags = values as Flags;
    const [group, action] = positionals;
    if (flags.help || !group) {
      ctx.out(HELP);
      return group || flags.help ? 0 : 2;
    }
    const extra = positionals.slice(2);
    const takesPath =
      (group === 'equipment' && action === 'import') || (group === 'import' && action === 'workspace');
    if (extra.length > (takesPath ? 1 : 0)) {
      throw new UsageError(`unexpected argument "${extra.at(-1)}"`);
    }
    const dbPath = path.resolve(typeof flags.db === 'string' ? flags.db : defaultWorkspacePath());
    const openCore = () => Core.open({ workspacePath: dbPath });
    switch (group) {
      case 'workspace': {
        if (action !== 'init') throw new UsageError(`unknown workspace command "${action ?? ''}" (init)`);
        await withCore(openCore, async (core) => {
          const status = core.status();
          printResult(ctx, status, () =>
            ctx.lang === 'en'
              ? `Workspace ready: ${status.workspacePath}`
              : `工作区已就绪：${status.workspacePath}`,
          );
        });
        return 0;
      }
      case 'enterprise': {
        await withCore(openCore, (core) => enterpriseCommand(core, action ?? '', flags, ctx));
        return 0;
      }
      case 'equipment':
        return await withCore(openCore, (core) => equipmentCommand(core, action ?? '', flags, extra, ctx));
      case 'indicators':
        return await withCore(openCore, (core) => indicatorsCommand(core, action, flags, ctx));
      case 'opportunities':
        return await withCore(openCore, (core) => opportunitiesCommand(core, action, flags, ctx));
      case 'project':
        return await withCore(openCore, (core) => projectCommand(core, action ?? '', flags, ctx));
      case 'funding':
        return await withCore(openCore, (core) => fundingCommand(core, action, flags, ctx));
      case 'scenarios':
        return await withCore(openCore, (core) => scenarioCommand(core, action ?? '', flags, ctx));
      case 'export':
        if (action === 'draft') return await exportDraftCommand(dbPath, flags, ctx);
        if (action === 'workspace')
          return await withCore(openCore, (core) => exportWorkspaceCommand(core, flags, ctx));
        throw new UsageError(`unknown export command "${action ?? ''}" (draft, workspace)`);
      case 'import':
        if (action !== 'workspace')
          throw new UsageError(`unknown import command "${action ?? ''}" (workspace)`);
        return await withCore(openCore, (core) => importWorkspaceCommand(core, flags, extra, ctx));
      case 'db':
        return await dbCommand(dbPath, action ?? '', flags, ctx, openCore);
      default:
        throw new UsageError(`unknown command "${group}"\n\n${HELP}`);
    }
  } catch (e) {
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      return reportError(ctx, new UsageError(e.message));
    }
    return reportError(ctx, e);
  }
}

const isEntry =
  process.argv[1] &&
  path.resolve(process.argv[1]).replace(/\.[cm]?[jt]s$/, '') ===
    path.resolve(import.meta.dirname, 'cli-main');
if (isEntry) {
  // `… | head` closes the pipe early; that is the reader's choice, not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t + '\n'),
    err: (t) => process.stderr.write(t + '\n'),
  }).then((code) => {
    process.exitCode = code;
  });
}
