/**
 * Runs Electronegativity (Doyensec's Electron security scanner) over electron/ and fails on any
 * HIGH or MEDIUM finding. Part of `npm run check:electron`.
 *
 * Why not the CLI: its `--severity` only filters the table it prints and it exits 0 whatever it
 * finds; with `--output` it writes every finding to a .csv/.sarif file (any other name is refused)
 * and still exits 0. So the scanner is called through its programmatic entry (`run`, the package's
 * main), which returns the findings, and the verdict is made here.
 *
 * Findings are answered in the code, not waived here: the fix where there is one, or an inline
 * `eng-disable CHECK_ID` comment with the reason beside the line it concerns. The one exception is
 * a global finding that has no line to carry a comment — see CSP below.
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy';
import { PROJECT_DIR } from './build-electron';

const require = createRequire(import.meta.url);

/**
 * On every run Electronegativity downloads its message translations from S3 (with retries, about
 * 3 s when offline) and feeds the result into its output. The check has to run offline and its
 * wording should come from the installed package, so its HTTP client is replaced by one that fails
 * at once; the tool then uses its bundled en-US messages, exactly as it does without a network.
 * The only other caller, AvailableSecurityFixesGlobalCheck, is excluded below.
 */
function keepScannerOffline(): void {
  const gotPath = createRequire(require.resolve('@doyensec/electronegativity')).resolve('got');
  if (require.cache[gotPath]?.loaded) return;
  const refuse = () => Promise.reject(new Error('network disabled for the offline security check'));
  const offline = Object.assign(refuse, { default: refuse, head: refuse, get: refuse });
  const offlineGot = new Module(gotPath);
  offlineGot.filename = gotPath;
  offlineGot.exports = offline;
  offlineGot.loaded = true;
  require.cache[gotPath] = offlineGot;
}

interface Level {
  value: number;
  name: string;
}

export interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  shortenedURL?: string;
  severity: Level;
  confidence: Level;
  manualReview: boolean;
}

interface RunResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}

type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

/**
 * AvailableSecurityFixesGlobalCheck downloads Electron's release list from GitHub to judge the
 * Electron version declared in a package.json. electron/ holds no package.json, so it could never
 * report anything here, and the check must run offline; the Electron version is kept current by
 * the dependency updates, not by this scan.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** MEDIUM (2) and HIGH (3) block; LOW and INFORMATIONAL are printed as notes. */
const BLOCKING_SEVERITY = 2;

export interface ScanResult {
  blocking: string[];
  notes: string[];
}

function electronVersion(projectDir: string): string | undefined {
  try {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(projectDir, 'node_modules/electron/package.json'), 'utf8'),
    );
    return typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

function formatFinding(f: Finding): string {
  const where =
    f.file === 'N/A' ? '(whole application)' : `${f.file}:${f.location.line}:${f.location.column}`;
  const review = f.manualReview ? ' [review]' : '';
  return `${f.severity.name}/${f.confidence.name} ${f.id}${review} ${where} — ${f.description.trim()} ${f.shortenedURL ?? ''}`.trim();
}

/**
 * The app's CSP is a header on every app:// response (electron/main/app-protocol.ts, asserted by
 * test/unit/electron/app-protocol.test.ts). Electronegativity only recognises a CSP in a <meta>
 * tag or in a webRequest `responseHeaders` literal, so it reports "no CSP" (CSP_GLOBAL_CHECK with
 * no file). That one finding is replaced by what the scanner would have done had it seen the
 * policy: the same evaluator (csp-evaluator, CSP3) run on the real policy — and stricter than its
 * CSPGlobalCheck, which rates even a weak policy LOW: here a HIGH, MEDIUM or syntax finding blocks.
 */
export function evaluateOwnCsp(policy: string = CONTENT_SECURITY_POLICY): ScanResult {
  const csp = require('@doyensec/csp-evaluator');
  const findings: { severity: number; directive: string; description: string }[] = new csp.CspEvaluator(
    new csp.CspParser(policy).csp,
    csp.Version.CSP3,
  ).evaluate();
  const s = csp.severities as Record<string, number>;
  const blockingLevels = new Set([s.HIGH, s.SYNTAX, s.MEDIUM]);
  const line = (f: (typeof findings)[number]) => `CSP ${f.directive}: ${f.description}`;
  const result: ScanResult = {
    blocking: findings.filter((f) => blockingLevels.has(f.severity)).map(line),
    notes: findings.filter((f) => !blockingLevels.has(f.severity)).map(line),
  };
  for (const directive of [
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "script-src 'self'",
  ]) {
    if (!policy.split(';').some((d) => d.trim() === directive))
      result.blocking.push(`CSP lacks ${directive}`);
  }
  return result;
}

const isMissingCspFinding = (f: Finding) => f.id === 'CSP_GLOBAL_CHECK' && f.file === 'N/A';

export async function scanElectronSources(input: string, projectDir = PROJECT_DIR): Promise<ScanResult> {
  keepScannerOffline();
  const run = require('@doyensec/electronegativity') as Run;
  const result = await run(
    {
      input: path.resolve(projectDir, input),
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
      isRelative: true,
      parserPlugins: [],
      electronVersionOverride: electronVersion(projectDir),
    },
    false,
  );

  const blocking: string[] = [];
  const notes: string[] = [];
  // An unparsable file is a file nobody checked.
  for (const e of result.errors) (e.tolerable ? notes : blocking).push(`cannot scan ${e.file}: ${e.message}`);

  const issues = result.issues.filter((f) => !isMissingCspFinding(f));
  if (issues.length !== result.issues.length) {
    const own = evaluateOwnCsp();
    blocking.push(...own.blocking);
    notes.push('CSP is served as a protocol response header; evaluated directly', ...own.notes);
  }
  for (const f of issues) (f.severity.value >= BLOCKING_SEVERITY ? blocking : notes).push(formatFinding(f));
  return { blocking, notes };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const input = process.argv[2] ?? 'electron';
  scanElectronSources(input).then(
    ({ blocking, notes }) => {
      for (const n of notes) console.log(`note: ${n}`);
      if (blocking.length === 0) {
        console.log(`electronegativity: no HIGH or MEDIUM findings in ${input}/`);
        return;
      }
      console.error(`electronegativity: ${blocking.length} HIGH/MEDIUM finding(s) in ${input}/:`);
      for (const b of blocking) console.error(` - ${b}`);
      process.exit(1);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
