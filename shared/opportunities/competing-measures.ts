/**
 * Measures that compete for the same machine. A machine replaced or retired cannot also get a new
 * motor: counting both would add the savings and the price of one machine twice. What a measure
 * adds beside the machine (data collection, a robot cell) serves a replacement as well, and two
 * upgrades of different kinds (an efficient motor and data collection) go together; a retirement
 * excludes everything.
 */
import type { LinkRelation } from '../projects/project-schema';
import { RULE_BY_KEY, RULE_KEYS, type RuleKey } from './opportunity-rules';

/** A machine held by an accepted proposal. */
export interface Claim {
  opportunityId: string;
  rule: RuleKey;
}

/** Register row id → the accepted proposals that name it. */
export type Claims = ReadonlyMap<number, readonly Claim[]>;

type Effect = 'retires' | 'replaces' | 'modifies' | 'adds';

function effectOf(rule: RuleKey): Effect {
  const line = RULE_BY_KEY.get(rule)!.line;
  const relation: LinkRelation = line.relation;
  if (relation !== 'upgrades') return relation;
  return line.intelligent ? 'adds' : 'modifies';
}

export function competes(a: RuleKey, b: RuleKey): boolean {
  if (a === b) return false;
  const effects = [effectOf(a), effectOf(b)];
  if (effects.includes('retires')) return true;
  if (effects.includes('adds')) return false;
  return effects.includes('replaces');
}

/** The accepted proposal that keeps `rule` off the row, if any. */
export function claimAgainst(claims: Claims, equipmentId: number, rule: RuleKey): Claim | undefined {
  return claims.get(equipmentId)?.find((c) => competes(c.rule, rule));
}

/** The rule of a stored proposal id (rule:category:hash); null for one this version does not know. */
export function ruleOfId(opportunityId: string): RuleKey | null {
  const rule = opportunityId.slice(0, opportunityId.indexOf(':'));
  return (RULE_KEYS as readonly string[]).includes(rule) ? (rule as RuleKey) : null;
}

/**
 * Which of the proposals to take together when the user takes them all: the one that pays back
 * soonest first (unpriced ones last), and none that competes with one already taken.
 */
export function compatibleChoice<
  T extends { id: string; rule: RuleKey; paybackYears: number | null; rows: { equipmentId: number }[] },
>(proposals: readonly T[], claims: Claims): T[] {
  const held = new Map<number, Claim[]>(claims as Map<number, Claim[]>);
  const order = [...proposals].sort((a, b) => (a.paybackYears ?? Infinity) - (b.paybackYears ?? Infinity));
  const taken = new Set<string>();
  for (const p of order) {
    if (p.rows.some((r) => claimAgainst(held, r.equipmentId, p.rule))) continue;
    taken.add(p.id);
    const claim = { opportunityId: p.id, rule: p.rule };
    for (const r of p.rows) held.set(r.equipmentId, [...(held.get(r.equipmentId) ?? []), claim]);
  }
  // In the finder's order, as the user reads them.
  return proposals.filter((p) => taken.has(p.id));
}
