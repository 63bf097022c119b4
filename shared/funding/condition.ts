/**
 * The eligibility language of rule packs. A condition is JSON:
 *
 *   { "all": [c, …] }  every one holds      { "any": [c, …] }  at least one holds
 *   { "not": c }        c does not hold
 *   { "field": "project.totalInvestmentYuan", "op": "gte", "value": 20000000 }
 *   { "field": "enterprise.district", "op": "in", "values": ["longhua", "baoan"] }
 *
 * Operators: eq ne lt lte gt gte on amounts (yuan) and quantities; eq ne on yes/no facts; eq ne in
 * notIn on coded facts. A fact that is not known makes its comparison "unknown", and unknowns
 * combine as in three-valued logic: all() is not met as soon as one part is not met, any() is met
 * as soon as one part is met, and otherwise an unknown part leaves the whole unknown.
 */
import { yuanToFen } from '../money';
import type { FundingSubject } from './funding-subject';
import { readField, fieldDefinition, type FactValue, type FieldName } from './subject-fields';

export const ORDER_OPS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const;
export const MEMBERSHIP_OPS = ['in', 'notIn'] as const;
export type OrderOp = (typeof ORDER_OPS)[number];
export type MembershipOp = (typeof MEMBERSHIP_OPS)[number];
export type ConditionOp = OrderOp | MembershipOp;

export interface Comparison {
  field: FieldName;
  op: OrderOp;
  value: string | number | boolean;
}

export interface Membership {
  field: FieldName;
  op: MembershipOp;
  values: string[];
}

export type Condition =
  { all: Condition[] } | { any: Condition[] } | { not: Condition } | Comparison | Membership;

export type Outcome = 'met' | 'not_met' | 'unknown';

/** One node of an evaluated condition, in reading order; depth gives the nesting. */
export interface ConditionNode {
  depth: number;
  outcome: Outcome;
  group?: 'all' | 'any' | 'not';
  field?: FieldName;
  op?: ConditionOp;
  expected?: string | number | boolean | string[];
  actual?: FactValue;
}

const holds = (b: boolean): Outcome => (b ? 'met' : 'not_met');

function compare(
  field: FieldName,
  op: OrderOp,
  actual: string | number | boolean,
  expected: unknown,
): boolean {
  if (op === 'eq') return actual === expected;
  if (op === 'ne') return actual !== expected;
  // Amounts compare in fen, so 19,999,999.99 < 20,000,000 holds however the yuan were typed.
  const money = fieldDefinition(field).kind === 'money';
  const a = money ? yuanToFen(actual as number) : (actual as number);
  const e = money ? yuanToFen(expected as number) : (expected as number);
  if (op === 'lt') return a < e;
  if (op === 'lte') return a <= e;
  if (op === 'gt') return a > e;
  return a >= e;
}

function leaf(c: Comparison | Membership, subject: FundingSubject, depth: number): ConditionNode {
  const actual = readField(subject, c.field);
  const expected = 'values' in c ? c.values : c.value;
  const node = { depth, field: c.field, op: c.op, expected, actual };
  if (actual === null) return { ...node, outcome: 'unknown' };
  if ('values' in c) {
    const inList = c.values.includes(String(actual));
    return { ...node, outcome: holds(c.op === 'in' ? inList : !inList) };
  }
  return { ...node, outcome: holds(compare(c.field, c.op, actual, c.value)) };
}

function combine(group: 'all' | 'any', outcomes: Outcome[]): Outcome {
  const decisive = group === 'all' ? 'not_met' : 'met';
  if (outcomes.includes(decisive)) return decisive;
  if (outcomes.includes('unknown')) return 'unknown';
  return group === 'all' ? 'met' : 'not_met';
}

const NEGATED: Record<Outcome, Outcome> = { met: 'not_met', not_met: 'met', unknown: 'unknown' };

/** Every node of the condition with its outcome, the whole condition's first. */
export function evaluateCondition(c: Condition, subject: FundingSubject, depth = 0): ConditionNode[] {
  if ('all' in c || 'any' in c) {
    const group = 'all' in c ? 'all' : 'any';
    const parts = 'all' in c ? c.all : c.any;
    const children = parts.map((p) => evaluateCondition(p, subject, depth + 1));
    const outcome = combine(
      group,
      children.map((nodes) => nodes[0]!.outcome),
    );
    return [{ depth, group, outcome }, ...children.flat()];
  }
  if ('not' in c) {
    const inner = evaluateCondition(c.not, subject, depth + 1);
    return [{ depth, group: 'not', outcome: NEGATED[inner[0]!.outcome] }, ...inner];
  }
  return [leaf(c, subject, depth)];
}
