/**
 * The three readiness scores as data, so that the app can show the formula it applies: each score
 * is the sum of its inputs' points, 100 in all. A register input earns its points in proportion to
 * its measure up to `fullAt` (the product's own targets, except robot density, whose target is
 * China's 2023 figure); an answers input in proportion to the mean rating of the questionnaire's
 * questions in its sub-domains (unanswered counts 0). Points are cut down to tenths, so the lines
 * add up exactly to the score shown.
 */
import type { SubDomainCode } from '../assessment/cmmm-structure';
import type { PassageKey } from './policy-clauses';
import type { MeasureKey } from './register-measures';

export const READINESS_KEYS = ['smart_factory', 'energy_saving', 'automation'] as const;
export type ReadinessKey = (typeof READINESS_KEYS)[number];

export interface MeasureSource {
  kind: 'measure';
  measure: MeasureKey;
  /** The measure's value that earns every point. */
  fullAt: number;
  /**
   * When the register has nothing to count: 'full' where nothing means nothing to fix (no motors,
   * no boilers), 'none' where it means nothing shown (no production equipment, no employees).
   */
  whenEmpty: 'full' | 'none';
}

export interface AnswersSource {
  kind: 'answers';
  subDomains: readonly SubDomainCode[];
  /** What raising these answers rests on in the policy. */
  passages: readonly PassageKey[];
}

export interface ReadinessInputDef {
  key: string;
  label: { zh: string; en: string };
  maxPoints: number;
  source: MeasureSource | AnswersSource;
}

export interface ReadinessFormula {
  key: ReadinessKey;
  label: { zh: string; en: string };
  inputs: readonly ReadinessInputDef[];
}

const measureInput = (
  key: string,
  label: ReadinessInputDef['label'],
  maxPoints: number,
  measure: MeasureKey,
  fullAt: number,
  whenEmpty: MeasureSource['whenEmpty'],
): ReadinessInputDef => ({ key, label, maxPoints, source: { kind: 'measure', measure, fullAt, whenEmpty } });

const answersInput = (
  key: string,
  label: ReadinessInputDef['label'],
  maxPoints: number,
  subDomains: readonly SubDomainCode[],
  passages: readonly PassageKey[],
): ReadinessInputDef => ({ key, label, maxPoints, source: { kind: 'answers', subDomains, passages } });

const NC_RATE = { zh: '生产设备数控化率', en: 'NC rate of production equipment' };
const EQUIPMENT_AGE = { zh: '设计年限内设备占比', en: 'Equipment within its design life' };

export const READINESS_FORMULAS: Record<ReadinessKey, ReadinessFormula> = {
  smart_factory: {
    key: 'smart_factory',
    label: { zh: '智能工厂就绪度', en: 'Smart-factory readiness' },
    inputs: [
      measureInput(
        'networked_production',
        { zh: '联网数控设备占生产设备比例', en: 'Networked digital share of production equipment' },
        25,
        'networked_production_share',
        0.8,
        'none',
      ),
      measureInput('nc_rate', NC_RATE, 15, 'nc_rate', 0.8, 'none'),
      answersInput(
        'data_integration',
        { zh: '自评：数据与集成', en: 'Self-assessment: data and integration' },
        20,
        ['data', 'integration'],
        ['information_systems', 'it_across_lifecycle'],
      ),
      answersInput(
        'network_security',
        { zh: '自评：网络与信息安全', en: 'Self-assessment: network and information security' },
        10,
        ['network', 'security'],
        ['smart_workshops', 'information_systems'],
      ),
      answersInput(
        'planning_operations',
        { zh: '自评：计划调度与生产作业', en: 'Self-assessment: scheduling and production operations' },
        15,
        ['planning', 'operations'],
        ['information_systems', 'smart_workshops'],
      ),
      answersInput(
        'strategy_skills',
        { zh: '自评：组织战略与人员技能', en: 'Self-assessment: strategy and skills' },
        15,
        ['strategy', 'skills'],
        ['smart_workshops'],
      ),
    ],
  },
  energy_saving: {
    key: 'energy_saving',
    label: { zh: '节能就绪度', en: 'Energy-saving readiness' },
    inputs: [
      measureInput(
        'motors',
        { zh: 'IE3 及以上电机功率占比', en: 'Motor kW at IE3 or better' },
        30,
        'motor_ie3_kw_share',
        1,
        'full',
      ),
      measureInput(
        'boilers',
        { zh: '非燃煤燃油锅炉占比', en: 'Boilers not fired by coal or oil' },
        15,
        'clean_boiler_share',
        1,
        'full',
      ),
      measureInput(
        'generators',
        { zh: '非柴油发电机组占比', en: 'Generator sets not running on diesel' },
        10,
        'clean_generator_share',
        1,
        'full',
      ),
      measureInput('equipment_age', EQUIPMENT_AGE, 10, 'within_design_life_share', 0.9, 'none'),
      answersInput(
        'energy_management',
        { zh: '自评：能源管理', en: 'Self-assessment: energy management' },
        25,
        ['energy'],
        ['energy_saving'],
      ),
      answersInput(
        'hse_maintenance',
        {
          zh: '自评：安全环保与设备管理',
          en: 'Self-assessment: safety, environment and equipment management',
        },
        10,
        ['hse', 'maintenance'],
        ['energy_saving', 'retire_old_equipment'],
      ),
    ],
  },
  automation: {
    key: 'automation',
    label: { zh: '自动化就绪度', en: 'Automation readiness' },
    inputs: [
      measureInput('nc_rate', NC_RATE, 30, 'nc_rate', 0.8, 'none'),
      measureInput(
        'automated_value',
        { zh: '数控生产设备原值占比', en: 'CNC share of production equipment value' },
        20,
        'automated_value_share',
        0.8,
        'none',
      ),
      measureInput(
        'robots',
        {
          zh: '机器人密度（满分按中国 2023 年 470 台/万人）',
          en: 'Robot density (full at China 2023: 470 per 10,000)',
        },
        20,
        'robot_density',
        470,
        'none',
      ),
      measureInput('equipment_age', EQUIPMENT_AGE, 10, 'within_design_life_share', 0.9, 'none'),
      answersInput(
        'equipment_operations',
        { zh: '自评：装备与生产作业', en: 'Self-assessment: equipment and production operations' },
        20,
        ['equipment', 'operations'],
        ['smart_equipment', 'robots_in_machinery'],
      ),
    ],
  },
};

export const READINESS_BASIS = {
  zh: '各项得分 = 满分 × min(1, 指标值 ÷ 满分值)，问卷项按所列子域全部问题的平均评分（未答计 0）；满分值为本产品的默认目标（机器人密度按 IFR 2024 年报告的中国 2023 年数值 470 台/万人）。台账中缺数据的设备计为未证明。这是就绪度估计，不是认定结果。',
  en: "Each input earns max points × min(1, value ÷ full-at value); a questionnaire input earns by the mean rating of every question in its sub-domains (unanswered counts 0). The full-at values are the product's own targets (robot density: China's 2023 figure of 470 per 10,000, IFR 2024). Register rows with missing data count as not shown. A readiness estimate, not an official rating.",
};
