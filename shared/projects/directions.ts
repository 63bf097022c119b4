/**
 * The project directions of 深府办〔2015〕20号 （三）–（八）, with the codes the CLI takes. A project's
 * direction decides which clause its application cites; the titles are the seed text's own
 * headings (the readiness clauses where they already hold them).
 */
import { CLAUSES, POLICY_DOCUMENT } from '../readiness/policy-clauses';

export const DIRECTION_CODES = [
  'expand',
  'intelligent',
  'renewal',
  'innovation',
  'integration',
  'green',
] as const;
export type DirectionCode = (typeof DIRECTION_CODES)[number];

export interface ProjectDirection {
  code: DirectionCode;
  /** The policy's short name, as the issue and filings use it. */
  name: { zh: string; en: string };
  clause: '三' | '四' | '五' | '六' | '七' | '八';
  /** The clause's heading word for word from the seed text. */
  clauseTitle: { zh: string; en: string };
  /** E.g. "深府办〔2015〕20号 第（八）条". */
  citation: string;
}

const direction = (
  code: DirectionCode,
  name: ProjectDirection['name'],
  clause: ProjectDirection['clause'],
  clauseTitle: ProjectDirection['clauseTitle'],
): ProjectDirection => ({
  code,
  name,
  clause,
  clauseTitle,
  citation: `${POLICY_DOCUMENT} 第（${clause}）条`,
});

export const PROJECT_DIRECTIONS: Record<DirectionCode, ProjectDirection> = {
  expand: direction('expand', { zh: '扩产增效', en: 'Capacity expansion and efficiency' }, '三', {
    zh: '支持扩产增效',
    en: 'Support capacity expansion and efficiency',
  }),
  intelligent: direction(
    'intelligent',
    { zh: '智能化改造', en: 'Intelligent transformation' },
    '四',
    CLAUSES.四,
  ),
  renewal: direction('renewal', { zh: '设备更新', en: 'Equipment renewal' }, '五', CLAUSES.五),
  innovation: direction(
    'innovation',
    { zh: '技术创新/工业强基', en: 'Technological innovation / industrial foundation' },
    '六',
    {
      zh: '推进技术创新和科技成果产业化',
      en: 'Advance technological innovation and the commercialisation of research results',
    },
  ),
  integration: direction(
    'integration',
    { zh: '两化融合', en: 'Integration of IT and industry' },
    '七',
    CLAUSES.七,
  ),
  green: direction(
    'green',
    { zh: '绿色发展/节能', en: 'Green development / energy saving' },
    '八',
    CLAUSES.八,
  ),
};
