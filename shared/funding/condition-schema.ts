/**
 * Reads a condition from a rule pack, checking each node against the field table, so that a typo
 * is reported at its place (`programmes[3].eligibility.all[1].value: "longhau" is not a code of
 * District`) rather than as a condition that is silently never met.
 */
import { z } from 'zod';
import type { Params } from '../api/errors';
import { hasAtMostTwoDecimals, MAX_YUAN } from '../money';
import {
  MEMBERSHIP_OPS,
  ORDER_OPS,
  type Condition,
  type ConditionOp,
  type MembershipOp,
  type OrderOp,
} from './condition';
import { fieldDefinition, FIELD_NAMES, isFieldName, type FieldKind, type FieldName } from './subject-fields';

type Path = (string | number)[];
interface Problem {
  path: Path;
  key: string;
  params: Params;
}

const MAX_DEPTH = 8;
const MAX_PARTS = 50;

export const OPS_FOR_KIND: Record<FieldKind, readonly ConditionOp[]> = {
  money: ORDER_OPS,
  quantity: ORDER_OPS,
  flag: ['eq', 'ne'],
  code: ['eq', 'ne', ...MEMBERSHIP_OPS],
};

/**
 * A wrong value as the message quotes it. String() would run the value's own toString (an object
 * whose toString is not a function throws) and recurse through nested arrays without limit.
 */
const shown = (v: unknown): string =>
  typeof v === 'string'
    ? v.slice(0, 80)
    : v === null || typeof v !== 'object'
      ? String(v)
      : Array.isArray(v)
        ? '[…]'
        : '{…}';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class ConditionReader {
  readonly problems: Problem[] = [];

  private report(path: Path, key: string, params: Params = {}): null {
    this.problems.push({ path, key, params });
    return null;
  }

  read(raw: unknown, path: Path, depth: number): Condition | null {
    if (!isRecord(raw)) return this.report(path, 'funding.conditionShape');
    if (depth > MAX_DEPTH) return this.report(path, 'funding.conditionDepth', { maximum: MAX_DEPTH });
    const heads = ['all', 'any', 'not', 'field'].filter((k) => k in raw);
    if (heads.length !== 1) return this.report(path, 'funding.conditionShape');
    const head = heads[0] as 'all' | 'any' | 'not' | 'field';
    if (head === 'field') return this.comparison(raw, path);
    const extra = Object.keys(raw).filter((k) => k !== head);
    if (extra.length) this.report(path, 'validation.unrecognized_keys', { keys: extra.join(', ') });
    if (head === 'not') {
      const inner = this.read(raw.not, [...path, 'not'], depth + 1);
      return inner && !extra.length ? { not: inner } : null;
    }
    const list = raw[head];
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_PARTS) {
      return this.report([...path, head], 'funding.conditionList', { maximum: MAX_PARTS });
    }
    const parts = list.map((p, i) => this.read(p, [...path, head, i], depth + 1));
    if (extra.length || parts.some((p) => p === null)) return null;
    return (head === 'all' ? { all: parts } : { any: parts }) as Condition;
  }

  private comparison(raw: Record<string, unknown>, path: Path): Condition | null {
    const { field, op } = raw;
    if (!isFieldName(field)) {
      return this.report([...path, 'field'], 'funding.unknownField', {
        field: shown(field),
        fields: FIELD_NAMES.join(', '),
      });
    }
    const kind = fieldDefinition(field).kind;
    const allowed = OPS_FOR_KIND[kind];
    if (typeof op !== 'string' || !allowed.includes(op as ConditionOp)) {
      return this.report([...path, 'op'], 'funding.opForField', {
        op: shown(op),
        field,
        ops: allowed.join(', '),
      });
    }
    const operand = (MEMBERSHIP_OPS as readonly string[]).includes(op) ? 'values' : 'value';
    const extra = Object.keys(raw).filter((k) => !['field', 'op', operand].includes(k));
    if (extra.length) return this.report(path, 'validation.unrecognized_keys', { keys: extra.join(', ') });
    if (operand === 'values') {
      const values = raw.values;
      if (!Array.isArray(values) || values.length === 0 || values.length > 100) {
        return this.report([...path, 'values'], 'funding.valuesList');
      }
      const ok = values.map((v, i) => this.value(field, kind, v, [...path, 'values', i]));
      return ok.every(Boolean) ? { field, op: op as MembershipOp, values: values as string[] } : null;
    }
    if (!this.value(field, kind, raw.value, [...path, 'value'])) return null;
    return { field, op: op as OrderOp, value: raw.value as string | number | boolean };
  }

  private value(field: FieldName, kind: FieldKind, v: unknown, path: Path): boolean {
    const reject = (key: string, params: Params = {}) => this.report(path, key, params) ?? false;
    if (kind === 'flag') return typeof v === 'boolean' || reject('funding.valueFlag');
    if (kind === 'code') {
      const codes = fieldDefinition(field).codes ?? [];
      if (typeof v === 'string' && codes.some((c) => c.code === v)) return true;
      return reject('funding.unknownCode', {
        value: shown(v),
        field,
        codes: codes.map((c) => c.code).join(', '),
      });
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return reject('funding.valueNumber');
    if (kind !== 'money') return true;
    if (v > MAX_YUAN) return reject('validation.too_big', { maximum: MAX_YUAN });
    return hasAtMostTwoDecimals(v) || reject('validation.twoDecimals');
  }
}

/** A condition node of a pack: every problem is reported with its path inside the condition. */
export const ConditionSchema = z.unknown().transform((raw, ctx): Condition => {
  const reader = new ConditionReader();
  const condition = reader.read(raw, [], 0);
  for (const p of reader.problems) {
    ctx.addIssue({ code: 'custom', message: p.key, params: p.params, path: p.path });
  }
  return condition ?? (z.NEVER as never);
});
