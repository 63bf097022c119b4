/** The assessment calls refuse bad payloads, naming the field, before anything is read or written. */
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { isCalendarDate } from '../../../shared/assessment/assessment-api';
import { LANGS, message } from '../../../shared/i18n/messages';
import { expectWireError, readRaw, tempWorkspace } from '../core/helpers';

async function openWithAssessment() {
  const ws = tempWorkspace();
  const core = await ws.open();
  const { id: enterpriseId } = await core.call('enterprise.create', { name: '校验企业' });
  const { assessment } = await core.call('assessment.create', { enterpriseId, prefill: false });
  return { ws, core, enterpriseId, assessmentId: assessment.id };
}

const answerRows = (file: string) =>
  readRaw(file, (db) => db.prepare('SELECT count(*) FROM assessment_answer').pluck().get() as number);

describe('assessment API validation', () => {
  it('declares reads and writes: answers queue as writes, the rest of the lookups do not wait', () => {
    const kinds = Object.fromEntries(
      Object.entries(contract)
        .filter(([name]) => name.startsWith('assessment.') || name.startsWith('readiness.'))
        .map(([name, spec]) => [name, spec.kind]),
    );
    expect(kinds).toEqual({
      'assessment.questions': 'read',
      'assessment.list': 'read',
      'assessment.get': 'read',
      'assessment.create': 'write',
      'assessment.update': 'write',
      'assessment.answer': 'write',
      'assessment.delete': 'write',
      'assessment.undoDelete': 'write',
      'assessment.compare': 'read',
      'readiness.compute': 'read',
      'readiness.rows': 'read',
    });
  });

  it('checks dates as real calendar days', () => {
    for (const ok of ['2026-03-10', '2024-02-29', '1990-01-01', '2200-12-31'])
      expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-3-10',
      '20260310',
      '1989-12-31',
      '2201-01-01',
      '2026-03-10T00:00',
    ])
      expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('refuses bad payloads with the field that is wrong, and writes nothing', async () => {
    const { ws, core, enterpriseId, assessmentId } = await openWithAssessment();
    const answer = { assessmentId, questionId: 'strategy.L1', rating: 'fully' };
    const cases: [string, unknown, string][] = [
      ['assessment.questions', { extra: 1 }, ''],
      ['assessment.list', {}, 'enterpriseId'],
      ['assessment.list', { enterpriseId: -1 }, 'enterpriseId'],
      ['assessment.get', { id: '1' }, 'id'],
      ['assessment.create', { enterpriseId, assessedOn: '2026-02-30' }, 'assessedOn'],
      ['assessment.create', { enterpriseId, assessedOn: '10/03/2026' }, 'assessedOn'],
      ['assessment.create', { enterpriseId, title: '   ' }, 'title'],
      ['assessment.create', { enterpriseId, title: 'x'.repeat(201) }, 'title'],
      ['assessment.create', { enterpriseId, manufacturingType: 'mixed' }, 'manufacturingType'],
      ['assessment.create', { enterpriseId, prefill: 'yes' }, 'prefill'],
      ['assessment.create', { enterpriseId, answers: {} }, ''],
      ['assessment.update', { id: assessmentId, changes: { enterpriseId: 2 } }, 'changes'],
      ['assessment.update', { id: assessmentId, changes: { assessedOn: '' } }, 'changes.assessedOn'],
      ['assessment.answer', { ...answer, questionId: 'data.L1' }, 'questionId'],
      ['assessment.answer', { ...answer, questionId: '__proto__' }, 'questionId'],
      ['assessment.answer', { ...answer, rating: 'yes' }, 'rating'],
      ['assessment.answer', { ...answer, rating: 0.8 }, 'rating'],
      ['assessment.answer', { assessmentId, questionId: 'strategy.L1' }, 'rating'],
      ['assessment.answer', { ...answer, evidence: 'x'.repeat(2001) }, 'evidence'],
      ['assessment.answer', { ...answer, suggested: true }, ''],
      ['assessment.delete', { id: 0 }, 'id'],
      ['assessment.undoDelete', {}, 'id'],
      ['assessment.compare', { firstId: assessmentId }, 'secondId'],
      ['assessment.compare', { firstId: assessmentId, secondId: 1.5 }, 'secondId'],
    ];
    for (const [method, input, path] of cases) {
      const wire = await expectWireError(core, method, input, 'VALIDATION');
      expect(
        wire.issues.map((i) => i.path.join('.')),
        `${method} ${JSON.stringify(input).slice(0, 80)}`,
      ).toContain(path);
      for (const issue of wire.issues)
        for (const lang of LANGS)
          expect(message(lang, issue.key, issue.params), issue.key).not.toBe(issue.key);
    }
    expect(answerRows(ws.file)).toBe(0);
  });

  it('says NOT_FOUND for unknown assessments and enterprises', async () => {
    const { core, assessmentId } = await openWithAssessment();
    for (const [method, input] of [
      ['assessment.get', { id: 999 }],
      ['assessment.answer', { assessmentId: 999, questionId: 'strategy.L1', rating: 'fully' }],
      ['assessment.compare', { firstId: assessmentId, secondId: 999 }],
      ['assessment.create', { enterpriseId: 999 }],
      ['assessment.list', { enterpriseId: 999 }],
      ['readiness.compute', { enterpriseId: 999 }],
    ] as const) {
      const wire = await expectWireError(core, method, input, 'NOT_FOUND');
      expect(wire.params.id).toBe(999);
    }
  });
});
