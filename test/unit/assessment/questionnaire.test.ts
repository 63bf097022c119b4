/** The questionnaire's structure, languages, weights and suggestion rules, checked as data. */
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../shared/assessment/assessment-api';
import { ELEMENTS, LEVELS, SUB_DOMAINS } from '../../../shared/assessment/cmmm-structure';
import { QUESTION_IDS, QUESTIONS, questionById } from '../../../shared/assessment/questionnaire';
import { SUGGESTION_RULES } from '../../../shared/assessment/suggested-answers';
import { SUB_DOMAIN_WEIGHTS } from '../../../shared/assessment/subdomain-weights';

describe('the questionnaire', () => {
  it('has the structure of CMMM: 4 elements, 20 sub-domains, 5 levels', () => {
    expect(LEVELS.map((l) => l.zh)).toEqual(['规划级', '规范级', '集成级', '优化级', '引领级']);
    expect(ELEMENTS.map((e) => e.zh)).toEqual(['人员', '技术', '资源', '制造']);
    expect(SUB_DOMAINS).toHaveLength(20);
    const perElement = ELEMENTS.map((e) => SUB_DOMAINS.filter((s) => s.element === e.code).length);
    expect(perElement).toEqual([2, 3, 2, 13]);
  });

  it('asks one question per sub-domain and level, from its first level up to 5', () => {
    // 20 × 5, less levels 1 of data, integration and security, and 1–2 of product services.
    expect(QUESTIONS).toHaveLength(95);
    expect(new Set(QUESTION_IDS).size).toBe(95);
    for (const s of SUB_DOMAINS) {
      const levels = QUESTIONS.filter((q) => q.subDomain === s.code).map((q) => q.level);
      const first = { data: 2, integration: 2, security: 2, product_service: 3 }[s.code as string] ?? 1;
      expect(levels, s.code).toEqual([1, 2, 3, 4, 5].filter((l) => l >= first));
    }
    expect(questionById('network.L3')).toMatchObject({ subDomain: 'network', level: 3 });
    expect(questionById('data.L1')).toBeUndefined();
  });

  it('words every question in both languages, each question differently', () => {
    for (const q of QUESTIONS) {
      expect(q.text.zh, q.id).toMatch(/[\u4e00-\u9fff]/);
      expect(q.text.en, q.id).toMatch(/^[A-Z][^\u4e00-\u9fff]+\?$/);
    }
    expect(new Set(QUESTIONS.map((q) => q.text.zh)).size).toBe(QUESTIONS.length);
    expect(new Set(QUESTIONS.map((q) => q.text.en)).size).toBe(QUESTIONS.length);
  });

  it('weighs the sub-domains in whole points adding up to 100 for each kind of manufacturing', () => {
    for (const weights of Object.values(SUB_DOMAIN_WEIGHTS)) {
      expect(Object.keys(weights).sort()).toEqual(SUB_DOMAINS.map((s) => s.code).sort());
      expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBe(100);
      for (const w of Object.values(weights)) expect(Number.isInteger(w) && w > 0).toBe(true);
    }
    expect(SUB_DOMAIN_WEIGHTS.process.energy).toBeGreaterThan(SUB_DOMAIN_WEIGHTS.discrete.energy);
  });

  it('suggests answers only to existing questions, with thresholds in order and a note saying so', () => {
    expect(SUGGESTION_RULES.map((r) => r.questionId)).toEqual([
      'equipment.L1',
      'equipment.L2',
      'equipment.L3',
      'network.L2',
      'network.L3',
      'maintenance.L1',
      'maintenance.L2',
      'energy.L2',
      'hse.L2',
    ]);
    for (const r of SUGGESTION_RULES) {
      expect(questionById(r.questionId), r.questionId).toBeDefined();
      const thresholds = r.tiers.map(([t]) => t);
      const sorted = [...thresholds].sort((a, b) => (r.better === 'higher' ? b - a : a - b));
      expect(thresholds, r.questionId).toEqual(sorted);
      expect(r.note.zh).toContain('建议');
      expect(r.note.en).toContain('Suggested');
    }
  });

  it('is served whole by assessment.questions, with the self-assessment notice', () => {
    const q = questionnaire();
    expect(q.questions).toHaveLength(95);
    expect(q.ratings.map((r) => [r.code, r.value])).toEqual([
      ['fully', 1],
      ['mostly', 0.8],
      ['partly', 0.5],
      ['not_met', 0],
    ]);
    expect(q.bands.map((b) => [b.level, b.from, b.to])).toEqual([
      [1, 0.8, 1.8],
      [2, 1.8, 2.8],
      [3, 2.8, 3.8],
      [4, 3.8, 4.8],
      [5, 4.8, 5],
    ]);
    expect(q.levelReachedAt).toBe(0.8);
    expect(q.notice.zh).toContain('自评');
    expect(q.notice.en).toContain('not a maturity level certified');
    expect(q.suggestionRules[0]!.measureDefinition.en).toContain('NC rate');
  });
});
