/**
 * How much each sub-domain counts in a level's score, for discrete and for process manufacturing.
 * The standard's assessment method weighs the two kinds differently but its weights are not
 * reproduced here: these are the product's own, in whole points of 100 per kind so that they add up
 * exactly, and a later version may let the user edit them.
 */
import type { ManufacturingType } from '../enterprise/enterprise-schema';
import type { SubDomainCode } from './cmmm-structure';

export type SubDomainWeights = Record<SubDomainCode, number>;

// prettier-ignore
export const SUB_DOMAIN_WEIGHTS: Record<ManufacturingType, SubDomainWeights> = {
  discrete: {
    strategy: 6, skills: 5,
    data: 6, integration: 6, security: 4,
    equipment: 7, network: 5,
    product_design: 6, process_design: 5,
    procurement: 4, planning: 6, operations: 7, maintenance: 5, warehousing: 4, hse: 4, energy: 4,
    logistics: 3, sales: 4,
    customer_service: 4, product_service: 5,
  },
  process: {
    strategy: 6, skills: 5,
    data: 6, integration: 7, security: 5,
    equipment: 7, network: 5,
    product_design: 3, process_design: 6,
    procurement: 4, planning: 5, operations: 8, maintenance: 6, warehousing: 4, hse: 6, energy: 6,
    logistics: 3, sales: 3,
    customer_service: 3, product_service: 2,
  },
};

export const WEIGHTS_BASIS = {
  zh: '本产品自定的权重（每类合计 100）：流程型制造更看重工艺设计、生产作业、设备管理、安全环保和能源管理，离散型制造更看重产品设计、计划调度和产品服务。不是 GB/T 39117-2020 的权重。',
  en: "The product's own weights (100 per kind): process manufacturing puts more on process design, operations, equipment management, safety and energy; discrete manufacturing more on product design, scheduling and product services. Not the weights of GB/T 39117-2020.",
};
