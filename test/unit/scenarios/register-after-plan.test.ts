/**
 * The register after a plan, on rows made by hand: the groups move by exactly the rows changed,
 * amounts are shared to the fen, and a row named twice is changed once.
 */
import { describe, expect, it } from 'vitest';
import type { RegisterGroup, RowTraits } from '../../../shared/indicators/register-groups';
import {
  readableTallies,
  registerAfterPlan,
  rowGroup,
  ruleOfLine,
  targetClassOf,
  type LinkedRow,
  type PlanLine,
} from '../../../shared/scenarios/register-after-plan';

const traits = (over: Partial<RowTraits> = {}): RowTraits => ({
  category: 'motor_pump_fan',
  cnc: false,
  networked: false,
  energySource: 'electricity',
  efficiencyClass: 'IE2',
  year: 2010,
  kwKnown: true,
  hoursKnown: true,
  valueKnown: true,
  ...over,
});

function row(id: number, over: Partial<LinkedRow> = {}, t: Partial<RowTraits> = {}): LinkedRow {
  return {
    equipmentId: id,
    assetCode: `R${id}`,
    name: `row ${id}`,
    inService: true,
    deleted: false,
    traits: traits(t),
    quantity: 1,
    ratedKw: 10,
    annualHours: 1000,
    loadFactor: null,
    valueFen: 100_000,
    ...over,
  };
}

let nextLine = 1;
function line(projectId: number, over: Partial<PlanLine> & Pick<PlanLine, 'links'>): PlanLine {
  return {
    projectId,
    lineId: nextLine++,
    name: 'line',
    amountFen: 0,
    intelligent: false,
    opportunityId: null,
    planYear: 2026,
    ...over,
  };
}

/** Sums the groups the way the indicators weigh them. */
const total = (groups: readonly RegisterGroup[]) =>
  groups.reduce(
    (t, g) => ({
      rows: t.rows + g.rows,
      units: t.units + g.units,
      kw: t.kw + g.kwUnits,
      value: t.value + g.valueFen,
    }),
    { rows: 0, units: 0, kw: 0, value: 0 },
  );

describe('registerAfterPlan', () => {
  it('shares a line amount among its replaced rows by units, to the fen, remainders to the largest parts', () => {
    const rows = [row(1, { quantity: 1 }), row(2, { quantity: 1 }), row(3, { quantity: 1 })];
    const groups = rows.map((r) => rowGroup(r, r.traits, r.valueFen));
    const l = line(1, {
      amountFen: 100,
      links: rows.map((r) => ({ equipmentId: r.equipmentId, relation: 'replaces' as const })),
    });
    const after = registerAfterPlan({ groups, rows, lines: [l], rowLimit: 10 });
    const values = after.changes.rows.map((r) => r.fields.find((f) => f.field === 'valueFen')!.to as number);
    expect(values.reduce((a, b) => a + b, 0)).toBe(100);
    expect(values.sort()).toEqual([33, 33, 34]);
    expect(total(after.groups)).toMatchObject({ rows: 3, units: 3, value: 100 });
  });

  it("a row two projects replace is taken out once; their prices do not add up, one project's lines do", () => {
    const r = row(1);
    const groups = [rowGroup(r, r.traits, r.valueFen)];
    const link = [{ equipmentId: 1, relation: 'replaces' as const }];
    const lines = [
      line(1, { amountFen: 300_000, links: link, planYear: 2025 }),
      line(1, { amountFen: 50_000, links: link, planYear: 2025 }),
      line(2, { amountFen: 200_000, links: link, planYear: 2027 }),
    ];
    const after = registerAfterPlan({ groups, rows: [r], lines, rowLimit: 10 });
    expect(after.changes.rows[0]!.fields).toEqual([
      { field: 'efficiencyClass', from: 'IE2', to: 'IE3' },
      { field: 'year', from: 2010, to: 2027 },
      { field: 'valueFen', from: 100_000, to: 350_000 },
    ]);
    expect(total(after.groups)).toEqual({ rows: 1, units: 1, kw: 10, value: 350_000 });
  });

  it('retiring takes the row out of every group; rows of other traits stay as they were', () => {
    const a = row(1, { quantity: 3 });
    const b = row(2, { quantity: 2 }, { category: 'machine_tool', cnc: true });
    const groups = [rowGroup(a, a.traits, a.valueFen), rowGroup(b, b.traits, b.valueFen)];
    const after = registerAfterPlan({
      groups,
      rows: [a],
      lines: [line(1, { links: [{ equipmentId: 1, relation: 'retires' }] })],
      rowLimit: 10,
    });
    expect(after.groups).toEqual([groups[1]]);
    expect(after.changes.byOutcome.retired).toEqual({ rows: 1, units: 3 });
  });

  it('reads the rule from the opportunity id and the motor class from the line name', () => {
    expect(ruleOfLine('motor_upgrade:compressor:1a2b3c4d')).toBe('motor_upgrade');
    expect(ruleOfLine('someday_rule:x:00000000')).toBeNull();
    expect(ruleOfLine(null)).toBeNull();
    expect(targetClassOf('IE5 高效电机（M1 冷却水泵）')).toBe('IE5');
    expect(targetClassOf('IE4 motor (M1 pump)')).toBe('IE4');
    expect(targetClassOf('高效电机')).toBe('IE4');
  });

  it('merges year changes to one plan year into a range for reading', () => {
    const merged = readableTallies([
      { field: 'year', from: 2001, to: 2026, rows: 1, units: 2 },
      { field: 'networked', from: false, to: true, rows: 1, units: 1 },
      { field: 'year', from: 1998, to: 2026, rows: 2, units: 3 },
      { field: 'year', from: null, to: 2026, rows: 1, units: 1 },
    ]);
    expect(merged).toEqual([
      { field: 'year', from: 2001, to: 2026, rows: 3, units: 5, fromRange: [1998, 2001] },
      { field: 'networked', from: false, to: true, rows: 1, units: 1 },
      { field: 'year', from: null, to: 2026, rows: 1, units: 1 },
    ]);
  });
});
