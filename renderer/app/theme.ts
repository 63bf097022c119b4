import type { ThemeConfig } from 'antd';

/**
 * Chinese fonts are named explicitly: left to fallback, Chromium may draw the Han characters of an
 * enterprise name with Japanese glyph shapes whenever the page language is English.
 */
const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'Segoe UI'",
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  "'Source Han Sans SC'",
  "'Helvetica Neue'",
  'Arial',
  'sans-serif',
].join(', ');

export const theme: ThemeConfig = {
  token: { fontFamily: FONT_FAMILY, borderRadius: 6 },
};
