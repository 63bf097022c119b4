import type { Shape } from '../../shared/i18n/messages-en';

/** The opportunities pages' texts, in the 'ui' namespace under opportunityUi. */
const zhCN = {
  title: '改造机会',
};

const en: Shape<typeof zhCN> = {
  title: 'Upgrade opportunities',
};

export const opportunityTexts = { zhCN, en };
