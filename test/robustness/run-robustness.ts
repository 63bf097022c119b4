/**
 * `npm run robustness [-- --quick] [--only NAME,…] [--seed N]`: runs every suite in this folder
 * (each `*-suite.ts` exports `suite`), prints the figures as a table and exits 1 when one is missed.
 * The quick run is the one CI makes (its vitest files assert the same figures); the full run takes
 * longer and is made on demand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { met, type RobustnessFigure, type RobustnessSuite } from './robustness-figures';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 20261207;
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(String(args[onlyAt + 1]).split(',')) : null;

const dir = import.meta.dirname;
const suites = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('-suite.ts'))
  .map((f) => ({ name: f.replace(/-suite\.ts$/, ''), file: path.join(dir, f) }))
  .filter((s) => !only || only.has(s.name))
  .sort((a, b) => a.name.localeCompare(b.name));

const figures: RobustnessFigure[] = [];
for (const s of suites) {
  const started = performance.now();
  console.log(`▶ ${s.name}${quick ? ' (quick)' : ''}, seed ${seed}`);
  const mod = (await import(pathToFileURL(s.file).href)) as { suite: RobustnessSuite };
  try {
    figures.push(...(await mod.suite({ quick, seed, log: (l) => console.log(`  ${l}`) })));
  } catch (e) {
    figures.push({ suite: s.name, measure: 'suite ran to the end', value: 0, required: { atLeast: 1 } });
    console.error(`✗ ${s.name} stopped: ${e instanceof Error ? e.stack : String(e)}`);
  }
  console.log(`  ${s.name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const need = (f: RobustnessFigure) =>
  f.required?.atLeast !== undefined
    ? `≥ ${f.required.atLeast}`
    : f.required?.atMost !== undefined
      ? `≤ ${f.required.atMost}`
      : '';
const rows = figures.map((f) => [
  f.suite,
  f.measure,
  String(f.value),
  need(f),
  met(f) ? (need(f) ? 'ok' : 'info') : 'MISSED',
]);
const widths = [0, 1, 2, 3, 4].map((i) =>
  Math.max(...[['suite', 'measure', 'figure', 'required', ''], ...rows].map((r) => r[i]!.length)),
);
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(' │ ');
console.log('\n' + line(['suite', 'measure', 'figure', 'required', '']));
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const r of rows) console.log(line(r));
for (const f of figures.filter((x) => !met(x) && x.examples?.length)) {
  console.log(`\n${f.suite} — ${f.measure}:\n  ${f.examples!.slice(0, 10).join('\n  ')}`);
}
const missed = figures.filter((f) => !met(f)).length;
console.log(`\n${figures.length} figures, ${missed} missed${quick ? ' (quick run)' : ''}.`);
process.exitCode = missed === 0 ? 0 : 1;
