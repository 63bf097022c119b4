import type { Shape } from '../../shared/i18n/messages-en';

/** The scenarios pages' texts, in the 'ui' namespace under scenarioUi. */
const zhCN = {
  title: '方案对比',
};

const en: Shape<typeof zhCN> = {
  title: 'Compare plans',
};

export const scenarioTexts = { zhCN, en };
