import type { Shape } from '../../shared/i18n/messages-en';

/** The projects pages' texts, in the 'ui' namespace under projectUi. */
const zhCN = {
  title: '改造项目',
};

const en: Shape<typeof zhCN> = {
  title: 'Projects',
};

export const projectTexts = { zhCN, en };
