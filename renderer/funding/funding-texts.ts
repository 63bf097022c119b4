import type { Shape } from '../../shared/i18n/messages-en';

/** The funding pages' texts, in the 'ui' namespace under fundingUi. */
const zhCN = {
  title: '资助政策',
};

const en: Shape<typeof zhCN> = {
  title: 'Funding programmes',
};

export const fundingTexts = { zhCN, en };
