/**
 * API abuse: every method of the contract called with payloads derived from its own zod schema and
 * broken on purpose (wrong types, null, missing and extra keys, 10 MB strings, path traversal and NUL
 * bytes, NaN/Infinity/-1/1e308/fractions, arrays of a million items, `__proto__`/`constructor`/
 * `prototype` as own keys), through the path the transports use (`core.dispatch` with the raw object,
 * and a sample over the browser host's HTTP API with the token). What is counted: payloads accepted
 * although invalid, crashes (anything but an AppError), INTERNAL errors, hangs, workspace changes
 * (a full logical dump before and after a rejected call), SQL statements and file writes made while
 * handling a payload that validation rejected, files created outside the workspace's own folders, and
 * Object.prototype pollution.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Core } from '../../electron/core/core';
import { startWebServer } from '../../electron/host/web/web-server';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import type { WireError } from '../../shared/api/errors';
import { figuresOf, type RobustnessSuite } from './robustness-figures';
import { mulberry32 } from './support/workspace-dump';

// ───────────────────────── shared helpers (the other F4 suites import these) ─────────────────────────

export function shuffle<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Every table's rows in rowid order, read on a separate connection (what another program would see
 * committed), hashed: equal hashes mean the workspace holds exactly the same data.
 */
export function workspaceDumpHash(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hash = crypto.createHash('sha256');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    for (const { name } of tables) {
      hash.update(`\u0001${name}\u0001`);
      const withoutRowid = /WITHOUT ROWID/i.test(
        (db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(name) as { sql: string }).sql,
      );
      const rows = db
        .prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"${withoutRowid ? '' : ' ORDER BY rowid'}`)
        .raw()
        .all() as unknown[][];
      const sorted = withoutRowid ? rows.map((r) => JSON.stringify(r, bytes)).sort() : null;
      if (sorted) for (const r of sorted) hash.update(r);
      else for (const r of rows) hash.update(JSON.stringify(r, bytes));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

function bytes(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer') {
    return crypto
      .createHash('sha256')
      .update(Buffer.from((value as { data: number[] }).data))
      .digest('hex');
  }
  return typeof value === 'bigint' ? value.toString() : value;
}

/** Every file under a folder (relative paths), for "what appeared here". */
export function listFiles(dir: string): Set<string> {
  const out = new Set<string>();
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.add(path.relative(dir, path.join(entry.parentPath, entry.name)));
  }
  return out;
}

export interface ProtoState {
  object: string[];
  array: string[];
  fn: string[];
}

/** The own keys of the built-in prototypes a pollution would touch. */
export function protoState(): ProtoState {
  return {
    object: Reflect.ownKeys(Object.prototype).map(String).sort(),
    array: Reflect.ownKeys(Array.prototype).map(String).sort(),
    fn: Reflect.ownKeys(Function.prototype).map(String).sort(),
  };
}

/** Whether a prototype gained keys or a plain object now inherits something it should not. */
export function polluted(before: ProtoState): string | null {
  const now = protoState();
  for (const k of ['object', 'array', 'fn'] as const) {
    const added = now[k].filter((x) => !before[k].includes(x));
    if (added.length) {
      for (const key of added) {
        const target =
          k === 'object' ? Object.prototype : k === 'array' ? Array.prototype : Function.prototype;
        delete (target as unknown as Record<string, unknown>)[key];
      }
      return `${k}.prototype gained ${added.join(', ')}`;
    }
  }
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || probe.isAdmin !== undefined) return 'plain object inherits polluted';
  return null;
}

/**
 * Replaces the global Function and eval with counting stand-ins, so code compiled at run time
 * (`new Function`, `const F = Function; new F(…)`, indirect eval) is seen while `armed`.
 */
const TOOLING = /[\\/]node_modules[\\/](tsx|vitest|vite|@vitest|esbuild)[\\/]/;

export function trapDynamicCode(): { armed: boolean; seen: string[]; tooling: number; restore: () => void } {
  const trap = { armed: false, seen: [] as string[], tooling: 0, restore: () => {} };
  const g = globalThis as unknown as Record<string, unknown>;
  const realFunction = Function;
  const realEval = g.eval as (code: string) => unknown;
  const note = (what: string, args: unknown[]) => {
    if (!trap.armed) return;
    // The test's own loaders (tsx's module lexer evaluates string literals) are not the app.
    // The caller is the first frame outside this file; a loader deeper down the stack does not count.
    const caller = (new Error().stack ?? '')
      .split('\n')
      .slice(1)
      .find((l) => !l.includes('api-abuse-suite'));
    if (caller && TOOLING.test(caller)) trap.tooling += 1;
    else trap.seen.push(`${what}(${args.map(String).join(', ')})`);
  };
  g.Function = new Proxy(realFunction, {
    construct: (target, args: unknown[]) => {
      note('new Function', args);
      return Reflect.construct(target, args) as object;
    },
    apply: (target, self, args: unknown[]) => {
      note('Function', args);
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  g.eval = (code: string) => {
    note('eval', [code]);
    return realEval(code);
  };
  trap.restore = () => {
    g.Function = realFunction;
    g.eval = realEval;
  };
  return trap;
}

/**
 * better-sqlite3 (13) builds each statement's row object with `Function('return (v0,…) => ({"col":v0,…})')`,
 * the keys being the result's column names through JSON.stringify. That is safe while the names are
 * the app's own SQL identifiers; a name carrying user text would show here.
 */
const ROW_FACTORY = /^Function\(return \(((?:v\d+,?)*)\) => \(\{((?:"[^"\\]*":v\d+,?)*)\}\)\)$/;
const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$|^\d+$/;

export interface CompiledCode {
  rowFactories: number;
  /** Row factories whose keys are not plain column names. */
  oddKeys: string[];
  /** Anything else compiled at run time. */
  other: string[];
}

export function classifyCompiled(seen: string[]): CompiledCode {
  const out: CompiledCode = { rowFactories: 0, oddKeys: [], other: [] };
  for (const code of seen) {
    const m = ROW_FACTORY.exec(code);
    if (!m) {
      out.other.push(code.slice(0, 160));
      continue;
    }
    out.rowFactories += 1;
    const keys = [...m[2]!.matchAll(/"([^"\\]*)":/g)].map((k) => k[1]!);
    const odd = keys.filter((k) => !COLUMN_NAME.test(k));
    if (odd.length) out.oddKeys.push(odd.join(', ').slice(0, 160));
  }
  return out;
}

/** Whether the trap sees a compile at all: a zero from a blind trap would prove nothing. */
export function trapSeesCompile(trap: { armed: boolean; seen: string[] }): boolean {
  const before = trap.seen.length;
  const was = trap.armed;
  trap.armed = true;
  const F = (globalThis as unknown as { Function: FunctionConstructor }).Function;
  new F('return 1')();
  trap.armed = was;
  const seen = trap.seen.length > before;
  trap.seen.length = before;
  return seen;
}

// ───────────────────────── schema walking ─────────────────────────

interface ZodLike {
  _zod: { def: Def };
  minLength?: number | null;
  maxLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}
interface Def {
  type: string;
  shape?: Record<string, ZodLike>;
  catchall?: ZodLike;
  element?: ZodLike;
  innerType?: ZodLike;
  options?: ZodLike[];
  in?: ZodLike;
  out?: ZodLike;
  keyType?: ZodLike;
  valueType?: ZodLike;
  entries?: Record<string, string | number>;
  values?: unknown[];
  items?: ZodLike[];
  getter?: () => ZodLike;
  defaultValue?: unknown;
  checks?: unknown[];
}

const def = (s: ZodLike): Def => s._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under wrappers, pipes and lazies: the one that says what the value is. */
function core(s: ZodLike): ZodLike {
  let cur = s;
  for (let i = 0; i < 20; i++) {
    const d = def(cur);
    if (WRAPPERS.has(d.type)) cur = d.innerType!;
    else if (d.type === 'pipe') cur = def(d.in!).type === 'transform' ? d.out! : d.in!;
    else if (d.type === 'lazy') cur = d.getter!();
    else break;
  }
  return cur;
}

/** What a slot accepts, as JSON kinds: 'string', 'number', 'boolean', 'object', 'array', 'null', 'any'. */
function kinds(s: ZodLike, depth = 0): Set<string> {
  const out = new Set<string>();
  const d = def(s);
  if (depth > 20) return new Set(['any']);
  switch (d.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'catch':
      for (const k of kinds(d.innerType!, depth + 1)) out.add(k);
      if (d.type !== 'optional') out.add('undefined');
      return out;
    case 'nullable':
      for (const k of kinds(d.innerType!, depth + 1)) out.add(k);
      out.add('null');
      return out;
    case 'readonly':
    case 'nonoptional':
      return kinds(d.innerType!, depth + 1);
    case 'pipe':
      return kinds(d.in!, depth + 1);
    case 'lazy':
      return kinds(d.getter!(), depth + 1);
    case 'union':
      for (const o of d.options!) for (const k of kinds(o, depth + 1)) out.add(k);
      return out;
    case 'string':
    case 'template_literal':
      return new Set(['string']);
    case 'number':
    case 'int':
      return new Set(['number']);
    case 'boolean':
      return new Set(['boolean']);
    case 'null':
      return new Set(['null']);
    case 'object':
    case 'record':
      return new Set(['object']);
    case 'array':
    case 'tuple':
      return new Set(['array']);
    case 'enum':
      return new Set(Object.values(d.entries!).map((v) => typeof v));
    case 'literal':
      return new Set(d.values!.map((v) => (v === null ? 'null' : typeof v)));
    default:
      return new Set(['any']);
  }
}

function optional(s: ZodLike): boolean {
  const k = kinds(s);
  return k.has('undefined') || k.has('any') || def(s).type === 'optional';
}

/** A plausible value for the schema (valid where it is easy to be: ids 1, enums' first value…). */
function sample(s: ZodLike, depth = 0): unknown {
  const c = core(s);
  const d = def(c);
  if (depth > 8) return null;
  switch (d.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(d.shape!)) if (!optional(v)) out[k] = sample(v, depth + 1);
      return out;
    }
    case 'array':
      return (c.maxLength ?? 1) >= 1 ? [sample(d.element!, depth + 1)] : [];
    case 'tuple':
      return d.items!.map((i) => sample(i, depth + 1));
    case 'record':
      return {};
    case 'union':
      return sample(d.options![0]!, depth + 1);
    case 'string': {
      const min = c.minLength ?? 0;
      return 'a'.repeat(Math.max(1, Math.min(min, 50)));
    }
    case 'number':
    case 'int': {
      const lo = c.minValue ?? -Infinity;
      const hi = c.maxValue ?? Infinity;
      return Math.min(Math.max(1, Number.isFinite(lo) ? Math.ceil(lo) : 1), Number.isFinite(hi) ? hi : 1);
    }
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'enum':
      return Object.values(d.entries!)[0];
    case 'literal':
      return d.values![0];
    default:
      return {};
  }
}

interface Slot {
  /** Keys and array indexes from the payload's root. */
  path: (string | number)[];
  schema: ZodLike;
}

/** Every place a value sits in the payload: fields, array elements (index 0), nested objects. */
function slots(s: ZodLike, at: (string | number)[] = [], out: Slot[] = [], depth = 0): Slot[] {
  out.push({ path: at, schema: s });
  if (depth > 6) return out;
  const c = core(s);
  const d = def(c);
  if (d.type === 'object')
    for (const [k, v] of Object.entries(d.shape!)) slots(v, [...at, k], out, depth + 1);
  else if (d.type === 'array') slots(d.element!, [...at, 0], out, depth + 1);
  else if (d.type === 'union') {
    // A union's object options: their fields are slots too (the first option that has them).
    const seen = new Set<string>();
    for (const o of d.options!) {
      const od = def(core(o));
      if (od.type !== 'object') continue;
      for (const [k, v] of Object.entries(od.shape!)) {
        if (seen.has(k)) continue;
        seen.add(k);
        slots(v, [...at, k], out, depth + 1);
      }
    }
  }
  return out;
}

// ───────────────────────── mutations ─────────────────────────

/**
 * 'invalid': no correct reading of the schema accepts it (every such payload must be refused with
 * VALIDATION). 'hostile': well-typed text a caller could send on purpose (traversal, absolute paths,
 * NUL); it may be stored as data, but must never reach the file system as a path.
 */
type Kind = 'invalid' | 'hostile';

interface Mutation {
  label: string;
  kind: Kind;
  /** Where it acts: two mutations combine only when neither path contains the other. */
  path: (string | number)[];
  /** Breaks the payload given (a fresh copy; some mutations are large) and returns it. */
  apply: (payload: unknown) => unknown;
  /** Survives JSON (NaN and Infinity do not), so the HTTP sample may use it. */
  json: boolean;
}

/** A marker no real file has: a file with it in its name anywhere means a payload escaped. */
export const ESCAPE_MARK = 'f4-escape-' + 'c0ffee';
const HOSTILE_TEXT = [
  `../../${ESCAPE_MARK}`,
  `..\\..\\${ESCAPE_MARK}`,
  `/tmp/${ESCAPE_MARK}`,
  `C:\\Windows\\Temp\\${ESCAPE_MARK}`,
  `..%2f..%2f${ESCAPE_MARK}`,
  `a\u0000${ESCAPE_MARK}`,
  `file:///etc/passwd`,
  '/etc/passwd',
  `../../../../../../../../etc/passwd`,
];
const HUGE = 10 * 1024 * 1024;

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Sets (or, with `remove`, deletes) the value at path, creating objects and arrays on the way. */
function setAt(root: unknown, at: (string | number)[], value: unknown, remove = false): unknown {
  if (at.length === 0) return value;
  const base = (root && typeof root === 'object' ? root : {}) as Record<string | number, unknown>;
  let cur = base;
  for (let i = 0; i < at.length - 1; i++) {
    const key = at[i]!;
    const next = cur[key];
    if (!next || typeof next !== 'object') cur[key] = typeof at[i + 1] === 'number' ? [] : {};
    cur = cur[key] as Record<string | number, unknown>;
  }
  const last = at[at.length - 1]!;
  if (remove) delete cur[last];
  else cur[last] = value;
  return base;
}

/** An object with the key as an own property, as JSON.parse makes it (a literal would set the prototype). */
function withOwnKey(obj: unknown, key: string, value: unknown): unknown {
  const text = JSON.stringify(obj && typeof obj === 'object' && !Array.isArray(obj) ? obj : {});
  const inner = JSON.stringify(value);
  const joined = text === '{}' ? `{"${key}":${inner}}` : `{"${key}":${inner},${text.slice(1)}`;
  return JSON.parse(joined) as unknown;
}

function getAt(root: unknown, at: (string | number)[]): unknown {
  let cur = root;
  for (const k of at)
    cur = cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[k] : undefined;
  return cur;
}

function mutationsFor(schema: ZodLike): Mutation[] {
  const out: Mutation[] = [];
  for (const slot of slots(schema)) {
    const where = slot.path.length ? slot.path.join('.') : '(root)';
    const accepts = kinds(slot.schema);
    const any = accepts.has('any');
    const c = core(slot.schema);
    const d = def(c);
    const put = (label: string, kind: Kind, value: (current: unknown) => unknown, json = true) =>
      out.push({
        label: `${where}: ${label}`,
        kind,
        json,
        path: slot.path,
        apply: (p) => setAt(p, slot.path, value(getAt(p, slot.path))),
      });

    if (!any) {
      const wrong: [string, string, unknown][] = [
        ['string', 'a string', 'x'],
        ['number', 'a number', 7],
        ['boolean', 'a boolean', true],
        ['object', 'an object', { x: 1 }],
        ['array', 'an array', [1, 'x']],
      ];
      for (const [k, label, v] of wrong)
        if (!accepts.has(k)) put(`${label} instead`, 'invalid', () => clone(v));
      if (!accepts.has('null')) put('null', 'invalid', () => null);
    }
    if (slot.path.length > 0 && !optional(slot.schema) && typeof slot.path.at(-1) === 'string') {
      out.push({
        label: `${where}: missing`,
        kind: 'invalid',
        json: true,
        path: slot.path,
        apply: (p) => setAt(p, slot.path, undefined, true),
      });
    }
    if (d.type === 'object') {
      const current = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? v : sample(c));
      if (!d.catchall || def(d.catchall).type === 'never') {
        put('an extra key', 'invalid', (v) => ({ ...(current(v) as object), extraKey: 1 }));
      }
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        put(`own "${key}" key`, 'invalid', (v) =>
          withOwnKey(current(v), key, { polluted: true, isAdmin: true, toString: 'x' }),
        );
      }
    }
    if (d.type === 'record') {
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        put(`record key "${key}"`, 'hostile', () => withOwnKey({}, key, { polluted: true }));
      }
    }
    if (d.type === 'string') {
      put('a 10 MB string', 'invalid', () => 'x'.repeat(HUGE));
      for (const text of HOSTILE_TEXT) put(JSON.stringify(text).slice(0, 40), 'hostile', () => text);
    }
    if (d.type === 'number' || d.type === 'int') {
      const lo = c.minValue ?? -Infinity;
      const hi = c.maxValue ?? Infinity;
      put('NaN', 'invalid', () => NaN, false);
      put('Infinity', 'invalid', () => Infinity, false);
      put('-Infinity', 'invalid', () => -Infinity, false);
      put('-1', lo > -1 ? 'invalid' : 'hostile', () => -1);
      put('1e308', hi < 1e308 || c.isInt ? 'invalid' : 'hostile', () => 1e308);
      put('2.5', c.isInt ? 'invalid' : 'hostile', () => 2.5);
      put('-0.000001', lo >= 0 || c.isInt ? 'invalid' : 'hostile', () => -0.000001);
    }
    if (d.type === 'array') {
      put('an array of 1,000,000 items', 'invalid', () => new Array<unknown>(1_000_000).fill(1));
    }
  }
  return out;
}

/** Two mutations at different places at once: used to reach the volume when a method has few fields. */
function combine(a: Mutation, b: Mutation): Mutation {
  return {
    label: `${a.label} + ${b.label}`,
    kind: a.kind === 'invalid' || b.kind === 'invalid' ? 'invalid' : 'hostile',
    json: a.json && b.json,
    path: a.path,
    apply: (p) => b.apply(a.apply(p)),
  };
}

/** Whether one path is the other or inside it: a second mutation there could undo the first. */
function overlaps(a: (string | number)[], b: (string | number)[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

// ───────────────────────── instrumentation ─────────────────────────

/** Counts SQL statements prepared or run, and file-system writes, while `armed`. */
class Probes {
  armed = false;
  sql = 0;
  fsWrites: string[] = [];
  private undo: (() => void)[] = [];

  install(db: Database.Database): void {
    const stmtProto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, unknown>;
    const dbProto = Database.prototype as unknown as Record<string, unknown>;
    for (const [proto, names] of [
      [dbProto, ['prepare', 'exec', 'pragma', 'backup']],
      [stmtProto, ['run', 'get', 'all', 'iterate']],
    ] as const) {
      for (const name of names) this.wrap(proto, name, () => (this.sql += 1));
    }
    const fsObj = fs as unknown as Record<string, unknown>;
    for (const name of [
      'writeFileSync',
      'appendFileSync',
      'openSync',
      'mkdirSync',
      'mkdtempSync',
      'copyFileSync',
      'renameSync',
      'rmSync',
      'unlinkSync',
      'createWriteStream',
      'writeFile',
      'mkdir',
      'open',
      'rename',
      'copyFile',
      'cpSync',
      'symlinkSync',
      'truncateSync',
    ]) {
      this.wrap(fsObj, name, (args) => this.fsWrites.push(`${name}(${String(args[0]).slice(0, 80)})`));
    }
    const promises = fs.promises as unknown as Record<string, unknown>;
    for (const name of [
      'writeFile',
      'appendFile',
      'mkdir',
      'mkdtemp',
      'open',
      'rename',
      'copyFile',
      'rm',
      'unlink',
      'cp',
    ]) {
      this.wrap(promises, name, (args) =>
        this.fsWrites.push(`promises.${name}(${String(args[0]).slice(0, 80)})`),
      );
    }
  }

  private wrap(target: Record<string, unknown>, name: string, count: (args: unknown[]) => void): void {
    const original = target[name];
    if (typeof original !== 'function') return;
    const isArmed = () => this.armed;
    const wrapped = function (this: unknown, ...args: unknown[]) {
      if (isArmed()) {
        // open() for reading is not a write.
        const f = args[1];
        const flags =
          name.startsWith('open') && (typeof f === 'string' || typeof f === 'number') ? String(f) : 'r';
        if (!name.startsWith('open') || flags !== 'r') count(args);
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    target[name] = wrapped;
    this.undo.push(() => (target[name] = original));
  }

  uninstall(): void {
    for (const u of this.undo.reverse()) u();
    this.undo = [];
  }
}

// ───────────────────────── seed data ─────────────────────────

const ENTERPRISE = {
  name: '深圳市示例精密制造有限公司',
  nameEn: 'Shenzhen Example Precision Manufacturing Co., Ltd.',
  uscc: '914403001922038216',
  district: 'baoan',
  industryDivision: '39',
  manufacturingType: 'discrete',
  years: [{ year: 2025, employees: 320, revenueYuan: 25_000_000, outputValueYuan: 30_000_000 }],
};

/** One of each thing ids point at, so that well-formed ids (1) find a row and reach the handler. */
async function seed(core: Core, log: (l: string) => void): Promise<void> {
  const steps: [MethodName, unknown][] = [
    ['enterprise.create', ENTERPRISE],
    ['equipment.add', { enterpriseId: 1, row: { name: '空压机', category: 'compressor', rated_kw: 55 } }],
    ['projects.create', { enterpriseId: 1, name: '空压站节能改造', direction: 'green' }],
    ['assessment.create', { enterpriseId: 1 }],
    ['scenarios.create', { enterpriseId: 1, name: '只做节能', projectIds: [1] }],
    ['backup.create', {}],
  ];
  for (const [method, input] of steps) {
    const r = await core.dispatch(method, input);
    if (!r.ok) log(`seed ${method} refused: ${r.error.code} ${JSON.stringify(r.error.issues).slice(0, 200)}`);
  }
}

// ───────────────────────── the suite ─────────────────────────

const HANG_MS = 10_000;
const SUITE = 'api-abuse';

interface Tally {
  calls: number;
  invalid: number;
  acceptedInvalid: string[];
  invalidNotValidation: string[];
  crashes: string[];
  internal: string[];
  hangs: string[];
  workspaceChanges: string[];
  schemaRefused: number;
  probeSelfCheck: number;
  trapWorks: number;
  sqlAfterRejection: string[];
  fsAfterRejection: string[];
  newFiles: string[];
  pollution: string[];
  hostileAccepted: number;
  httpCalls: number;
  httpWrong: string[];
  perMethodMin: number;
}

function timeout(ms: number): { promise: Promise<'hang'>; clear: () => void } {
  let t: NodeJS.Timeout | undefined;
  const promise = new Promise<'hang'>((resolve) => (t = setTimeout(() => resolve('hang'), ms)));
  return { promise, clear: () => clearTimeout(t) };
}

function postJson(
  port: number,
  token: string,
  method: string,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/call/${encodeURIComponent(method)}`,
        headers: {
          'content-type': 'application/json',
          'x-retrofit-token': token,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const suite: RobustnessSuite = async ({ quick, seed: seedNumber, log }) => {
  const perMethod = quick ? 20 : 200;
  const httpPerMethod = quick ? 2 : 10;
  const rand = mulberry32(seedNumber);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'f4-api-abuse-'));
  const wsDir = path.join(root, 'ws');
  const privateTmp = path.join(root, 'tmp');
  fs.mkdirSync(wsDir);
  fs.mkdirSync(privateTmp);
  const workspacePath = path.join(wsDir, 'workspace.sqlite');
  const savedTmp = process.env.TMPDIR;
  // The core's own temp files (downloads, uploads) go to a folder this suite watches alone.
  process.env.TMPDIR = privateTmp;
  const errors: string[] = [];
  const core = await Core.open({
    workspacePath,
    autoBackupEveryMs: 0,
    logger: { error: (m, d) => errors.push(`${m} ${String(d).slice(0, 200)}`), info: () => {} },
  });
  const probes = new Probes();
  const t: Tally = {
    calls: 0,
    invalid: 0,
    acceptedInvalid: [],
    invalidNotValidation: [],
    crashes: [],
    internal: [],
    hangs: [],
    workspaceChanges: [],
    schemaRefused: 0,
    probeSelfCheck: 0,
    trapWorks: 0,
    sqlAfterRejection: [],
    fsAfterRejection: [],
    newFiles: [],
    pollution: [],
    hostileAccepted: 0,
    httpCalls: 0,
    httpWrong: [],
    perMethodMin: Infinity,
  };
  const staticDir = path.join(root, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  const token = crypto.randomBytes(24).toString('base64url');
  const server = await startWebServer({ core, staticDir, token, port: 0 });
  const proto = protoState();
  const trap = trapDynamicCode();
  try {
    await seed(core, log);
    const probeDb = new Database(workspacePath, { readonly: true });
    probes.install(probeDb);
    t.trapWorks = trapSeesCompile(trap) ? 1 : 0;
    probeDb.close();
    // The probes must see what they are there to see, or their zeros mean nothing.
    probes.armed = true;
    await core.dispatch('enterprise.list', {});
    probes.armed = false;
    t.probeSelfCheck = probes.sql;
    let dump = workspaceDumpHash(workspacePath);
    const watched = () =>
      new Set([...listFiles(root)].filter((f) => !/workspace\.sqlite(-wal|-shm)?$/.test(f)));
    let files = watched();

    for (const method of METHOD_NAMES) {
      const schema = contract[method].input as unknown as ZodLike;
      const base = sample(schema);
      const candidates = shuffle(mutationsFor(schema), rand);
      const chosen: Mutation[] = candidates.slice(0, perMethod);
      for (let tries = 0; chosen.length < perMethod && tries < perMethod * 50; tries++) {
        const a = candidates[Math.floor(rand() * candidates.length)]!;
        const b = candidates[Math.floor(rand() * candidates.length)]!;
        if (!overlaps(a.path, b.path)) chosen.push(combine(a, b));
      }
      // A method with a single field: the same mutations again, on other values of the same kinds.
      while (chosen.length < perMethod && candidates.length > 0)
        chosen.push(candidates[chosen.length % candidates.length]!);
      let httpLeft = httpPerMethod;
      for (const m of chosen) {
        const payload = m.apply(clone(base));
        // The schema itself must refuse what is invalid by construction; a gap here is a finding even
        // if a handler would catch it later.
        const name = `${method} ${m.label}`;
        t.calls += 1;
        if (m.kind === 'invalid') t.invalid += 1;
        probes.sql = 0;
        probes.fsWrites = [];
        probes.armed = true;
        trap.armed = true;
        const limit = timeout(HANG_MS);
        let outcome: { ok: true } | { ok: false; error: WireError } | 'hang' | { crash: string };
        try {
          const r = await Promise.race([core.dispatch(method, payload), limit.promise]);
          outcome = r === 'hang' ? 'hang' : r.ok ? { ok: true } : { ok: false, error: r.error };
        } catch (e) {
          outcome = { crash: e instanceof Error ? e.message : String(e) };
        } finally {
          limit.clear();
          probes.armed = false;
          trap.armed = false;
        }
        const p = polluted(proto);
        if (p) t.pollution.push(`${name}: ${p}`);
        if (outcome === 'hang') {
          t.hangs.push(name);
          continue;
        }
        if ('crash' in outcome) {
          t.crashes.push(`${name}: ${outcome.crash.slice(0, 120)}`);
          continue;
        }
        const after = watched();
        const created = [...after].filter((f) => !files.has(f));
        if (outcome.ok) {
          if (m.kind === 'invalid') t.acceptedInvalid.push(name);
          else t.hostileAccepted += 1;
          // Accepted calls may write, but only in the workspace's folders and the core's own temp.
          dump = workspaceDumpHash(workspacePath);
          files = after;
          continue;
        }
        const code = outcome.error.code;
        if (code === 'INTERNAL') t.internal.push(name);
        if (m.kind === 'invalid' && code !== 'VALIDATION') t.invalidNotValidation.push(`${name}: ${code}`);
        // A payload the contract's schema refuses must be turned away before any handler runs; a
        // handler's own VALIDATION (a name already taken…) may have read the workspace first.
        if (code === 'VALIDATION' && !contract[method].input.safeParse(payload).success) {
          t.schemaRefused += 1;
          if (probes.sql > 0) t.sqlAfterRejection.push(`${name}: ${probes.sql} statements`);
          if (probes.fsWrites.length > 0) t.fsAfterRejection.push(`${name}: ${probes.fsWrites.join(', ')}`);
        }
        if (created.length) t.newFiles.push(`${name}: ${created.join(', ')}`);
        const now = workspaceDumpHash(workspacePath);
        if (now !== dump) {
          t.workspaceChanges.push(`${name}: ${code}`);
          dump = now;
        }
        files = after;

        // The same payload over the browser host, as a page holding the token would send it.
        if (httpLeft > 0 && m.json && m.kind === 'invalid') {
          httpLeft -= 1;
          t.httpCalls += 1;
          const reply = await postJson(server.port, token, method, JSON.stringify(payload));
          let wire: { ok?: boolean; error?: WireError } = {};
          try {
            wire = JSON.parse(reply.body) as typeof wire;
          } catch {
            // counted below
          }
          if (wire.ok !== false || wire.error?.code !== 'VALIDATION') {
            t.httpWrong.push(`${name}: HTTP ${reply.status} ${reply.body.slice(0, 100)}`);
          }
          const p2 = polluted(proto);
          if (p2) t.pollution.push(`HTTP ${name}: ${p2}`);
          if (workspaceDumpHash(workspacePath) !== dump) t.workspaceChanges.push(`HTTP ${name}`);
        }
      }
      t.perMethodMin = Math.min(t.perMethodMin, chosen.length);
    }
  } finally {
    probes.uninstall();
    trap.restore();
    await server.close();
    core.close();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
  const escaped = [
    ...[os.tmpdir(), path.dirname(root), root, process.cwd(), path.resolve(process.cwd(), '..')].flatMap(
      (dir) =>
        fs.existsSync(dir)
          ? fs
              .readdirSync(dir)
              .filter((f) => f.includes(ESCAPE_MARK))
              .map((f) => path.join(dir, f))
          : [],
    ),
    ...[...listFiles(root)].filter((f) => f.includes(ESCAPE_MARK)),
  ];
  fs.rmSync(root, { recursive: true, force: true });
  log(
    `${t.calls} calls over ${METHOD_NAMES.length} methods (${t.invalid} invalid by construction), ${t.httpCalls} over HTTP; ` +
      `${t.hostileAccepted} hostile-but-well-typed payloads stored as plain data`,
  );
  if (errors.length) log(`core logged ${errors.length} errors, first: ${errors[0]}`);
  const compiled = classifyCompiled(trap.seen);
  const fig = figuresOf(SUITE);
  return [
    fig('methods covered', METHOD_NAMES.length, { atLeast: METHOD_NAMES.length }),
    fig('payloads per method (fewest)', t.perMethodMin, { atLeast: perMethod }),
    fig('calls', t.calls, { atLeast: perMethod * METHOD_NAMES.length }),
    fig('invalid payloads accepted', t.acceptedInvalid.length, { atMost: 0 }, t.acceptedInvalid),
    fig(
      'invalid payloads refused with another code than VALIDATION',
      t.invalidNotValidation.length,
      { atMost: 0 },
      t.invalidNotValidation,
    ),
    fig('crashes (not an AppError)', t.crashes.length, { atMost: 0 }, t.crashes),
    fig('INTERNAL errors', t.internal.length, { atMost: 0 }, t.internal),
    fig('hangs over 10 s', t.hangs.length, { atMost: 0 }, t.hangs),
    fig(
      'workspace changes from rejected calls',
      t.workspaceChanges.length,
      { atMost: 0 },
      t.workspaceChanges,
    ),
    fig('calls refused by the contract schema', t.schemaRefused),
    fig('SQL probe self-check (statements seen for enterprise.list)', t.probeSelfCheck, { atLeast: 1 }),
    fig('schema-refused calls that ran SQL', t.sqlAfterRejection.length, { atMost: 0 }, t.sqlAfterRejection),
    fig(
      'schema-refused calls that wrote files',
      t.fsAfterRejection.length,
      { atMost: 0 },
      t.fsAfterRejection,
    ),
    fig('files created by rejected calls', t.newFiles.length, { atMost: 0 }, t.newFiles),
    fig('files escaping to a payload-named path', escaped.length, { atMost: 0 }, escaped),
    fig('Object/Array/Function.prototype polluted', t.pollution.length, { atMost: 0 }, t.pollution),
    fig('Function/eval trap self-check (sees new Function)', t.trapWorks, { atLeast: 1 }),
    fig('better-sqlite3 row factories compiled during calls', compiled.rowFactories),
    fig(
      'row factories keyed by anything but column names',
      compiled.oddKeys.length,
      { atMost: 0 },
      compiled.oddKeys,
    ),
    fig(
      'other code compiled at run time (new Function / eval) during calls',
      compiled.other.length,
      { atMost: 0 },
      compiled.other,
    ),
    fig('HTTP calls (token, JSON)', t.httpCalls, { atLeast: METHOD_NAMES.length }),
    fig('HTTP calls not refused with VALIDATION', t.httpWrong.length, { atMost: 0 }, t.httpWrong),
    fig('hostile well-typed text stored as data', t.hostileAccepted),
  ];
};
