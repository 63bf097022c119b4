/**
 * Runs the command line in-process, as the CLI tests do: what it printed on stdout and stderr, and
 * its exit code.
 */
import { afterEach, beforeEach } from 'vitest';
import { runCli } from '../../../electron/host/cli/cli-main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/**
 * The CLI picks its language from RETROFIT_LANG; the tests read its Chinese texts, so each test starts
 * in zh-CN (a test may switch to 'en') and the setting is removed afterwards.
 */
export function cliSpeaksChinese(): void {
  beforeEach(() => {
    process.env.RETROFIT_LANG = 'zh-CN';
  });
  afterEach(() => {
    delete process.env.RETROFIT_LANG;
  });
}
