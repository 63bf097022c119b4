/**
 * readiness.compute and readiness.rows through the core: bad payloads refused with the field that
 * is wrong, a register improved through the register's own API never lowering a score, and the
 * policy passages quoted exactly as the seed text has them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, message } from '../../../shared/i18n/messages';
import { PASSAGES, cite } from '../../../shared/readiness/policy-clauses';
import { READINESS_FORMULAS } from '../../../shared/readiness/readiness-formulas';
import { expectWireError } from '../core/helpers';
import { openSmallRegister } from '../indicators/small-register';
import { REPO_ROOT } from '../register-store/store-helpers';

describe('readiness API', () => {
  it('refuses bad payloads with the field that is wrong', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    const cases: [string, unknown, string][] = [
      ['readiness.compute', {}, 'enterpriseId'],
      ['readiness.compute', { enterpriseId, year: 1800 }, 'year'],
      ['readiness.compute', { enterpriseId, assessmentId: 0 }, 'assessmentId'],
      ['readiness.compute', { enterpriseId, assessmentId: 'latest' }, 'assessmentId'],
      ['readiness.compute', { enterpriseId, assumptions: { loadFactor: 2 } }, 'assumptions.loadFactor'],
      ['readiness.compute', { enterpriseId, weights: {} }, ''],
      ['readiness.rows', { enterpriseId }, 'rowSet'],
      ['readiness.rows', { enterpriseId, rowSet: 'all' }, 'rowSet'],
      ['readiness.rows', { enterpriseId, rowSet: 'constructor' }, 'rowSet'],
      ['readiness.rows', { enterpriseId, rowSet: 'over_age', limit: 1001 }, 'limit'],
      ['readiness.rows', { enterpriseId, rowSet: 'over_age', offset: -1 }, 'offset'],
      ['readiness.rows', { enterpriseId, rowSet: 'over_age', indicator: 'nc_rate' }, ''],
    ];
    for (const [method, input, field] of cases) {
      const wire = await expectWireError(core, method, input, 'VALIDATION');
      expect(
        wire.issues.map((i) => i.path.join('.')),
        `${method} ${JSON.stringify(input)}`,
      ).toContain(field);
      for (const issue of wire.issues)
        for (const lang of LANGS) expect(message(lang, issue.key, issue.params)).not.toBe(issue.key);
    }
  });

  it('never lowers a score as the register improves through equipment.update, one row at a time', async () => {
    const reg = await openSmallRegister();
    const { core, enterpriseId, ids } = reg;
    const scores = async () =>
      (await core.call('readiness.compute', { enterpriseId })).scores.map((s) => s.score);
    await core.call('assessment.create', { enterpriseId });
    let before = await scores();
    const steps: [string, Record<string, unknown>][] = [
      ['R4', { networked: true }],
      ['R2', { cnc: true }],
      ['R8', { efficiency_class: 'IE2' }],
      ['R8', { efficiency_class: 'IE4' }],
      ['R9', { efficiency_class: 'IE3' }],
      ['R11', { energy_source: 'natural_gas' }],
      ['R13', { energy_source: 'natural_gas' }],
      ['R12', { energy_source: 'natural_gas' }],
      ['R10', { year_commissioned: 2024 }],
      ['R4', { year_commissioned: 2025 }],
      ['R3', { networked: true }],
    ];
    for (const [label, changes] of steps) {
      await core.call('equipment.update', { enterpriseId, id: ids[label]!, changes });
      const after = await scores();
      after.forEach((s, k) =>
        expect(s, `${label} ${JSON.stringify(changes)}`).toBeGreaterThanOrEqual(before[k]!),
      );
      before = after;
    }
    // Everything the register can show is now there: the register inputs at or near full marks.
    const r = await core.call('readiness.compute', { enterpriseId, assessmentId: null });
    const energy = r.scores.find((s) => s.key === 'energy_saving')!;
    expect(energy.inputs.find((i) => i.key === 'generators')!.points).toBe(10);
    expect(energy.inputs.find((i) => i.key === 'motors')!.points).toBeGreaterThan(4);
    expect(r.scores.find((s) => s.key === 'smart_factory')!.inputs[0]!.points).toBe(25);
  });

  it('quotes every policy passage word for word from the seed text', () => {
    const seed = path.resolve(REPO_ROOT, '../shared/seed/shenzhen-2015-tech-transformation-opinions.txt');
    const text = fs.existsSync(seed) ? fs.readFileSync(seed, 'utf8') : null;
    for (const [key, p] of Object.entries(PASSAGES)) {
      const c = cite(key as keyof typeof PASSAGES);
      expect(c.citation).toBe(`深府办〔2015〕20号 第（${p.clause}）条`);
      if (text === null) continue;
      expect(text, key).toContain(p.zh);
      // …in the clause it is cited under.
      const at = text.indexOf(p.zh);
      const heading = [...text.slice(0, at).matchAll(/（([一二三四五六七八九十]+)）/g)].at(-1)?.[1];
      expect(heading, key).toBe(p.clause);
    }
  });

  it('documents every formula as data: inputs worth 100 points, each with its source', () => {
    for (const f of Object.values(READINESS_FORMULAS)) {
      expect(
        f.inputs.reduce((t, i) => t + i.maxPoints, 0),
        f.key,
      ).toBe(100);
      for (const i of f.inputs) {
        expect(i.label.zh.length > 0 && i.label.en.length > 0).toBe(true);
        if (i.source.kind === 'measure') expect(i.source.fullAt).toBeGreaterThan(0);
        else expect(i.source.subDomains.length).toBeGreaterThan(0);
      }
    }
  });
});
