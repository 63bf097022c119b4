import { FileExcelOutlined, FilePdfOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Segmented, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftExportResult, DraftFormat } from '../../shared/drafts/drafts-api';
import type { Lang } from '../../shared/i18n/messages';
import { useApi } from '../api/api-context';
import { fileAccess, isAbort } from '../api/files';
import { currentLanguage } from '../app/language';
import { routeHref } from '../app/routing';
import { usePageRequest } from '../app/shell-requests';
import { formatCount } from '../format/figures';
import { errorText } from '../i18n/wire-messages';

/** What the user asked for: one of the app's own outputs, or the agency's Word template filled in. */
type Output = DraftFormat | 'template';

/**
 * The draft's outputs: Word, Excel and PDF in the app's outline, or the agency's template filled
 * in; in Chinese or English. The desktop app asks where to save, the browser downloads.
 */
export function DraftOutputs({ projectId, projectName }: { projectId: number; projectName: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = App.useApp();
  const [lang, setLang] = useState<Lang>(currentLanguage());
  const [working, setWorking] = useState<Output | null>(null);
  const [last, setLast] = useState<{ name: string; gaps: number } | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const firstOutput = useRef<HTMLButtonElement>(null);

  // The desktop menu's "Export draft…": the outputs in view, the first one ready for Enter.
  usePageRequest(
    'draft-outputs',
    (r) => r.projectId === projectId,
    () => {
      cardRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      firstOutput.current?.focus({ preventScroll: true });
    },
  );

  const generate = async (output: Output) => {
    const files = fileAccess();
    const format: DraftFormat = output === 'template' ? 'docx' : output;
    setWorking(output);
    try {
      const template = output === 'template' ? await files.chooseFile('template') : undefined;
      if (template === null) return;
      const name = t('draftsUi.outputs.fileName', { project: projectName, date: dayjs().format('YYYYMMDD') });
      const where = await files.chooseExportTarget(name, format);
      if (!where) return;
      const result: DraftExportResult = await api.call('drafts.export', {
        projectId,
        format,
        lang,
        ...(template ? { template: template.fileId } : {}),
        ...where,
      });
      const delivery = files.deliver(result);
      setLast({ name: delivery.name, gaps: result.gaps });
      void message.success(
        t(delivery.kind === 'download' ? 'draftsUi.outputs.downloaded' : 'draftsUi.outputs.saved', {
          name: delivery.name,
        }),
      );
    } catch (error) {
      if (!isAbort(error)) void message.error(errorText(t, error));
    } finally {
      setWorking(null);
    }
  };

  const button = (output: Output, icon: ReactNode, label: string, ref?: Ref<HTMLButtonElement>) => (
    <Button
      ref={ref}
      icon={icon}
      loading={working === output}
      disabled={working !== null && working !== output}
      onClick={() => void generate(output)}
      data-testid={`draft-export-${output}`}
    >
      {label}
    </Button>
  );

  return (
    <Card ref={cardRef} title={t('draftsUi.outputs.title')} data-testid="application-outputs">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('draftsUi.outputs.intro')}</Typography.Text>
        <Flex align="center" gap={12} wrap>
          <Typography.Text id="draft-language-label">{t('draftsUi.outputs.language')}</Typography.Text>
          <Segmented<Lang>
            value={lang}
            onChange={setLang}
            options={[
              { value: 'zh-CN', label: t('draftsUi.outputs.langZh') },
              { value: 'en', label: t('draftsUi.outputs.langEn') },
            ]}
            aria-labelledby="draft-language-label"
            data-testid="draft-language"
          />
        </Flex>
        {/* The print view opens in place (the desktop app opens no second window) and has a way back. */}
        <Flex gap={8} wrap>
          {button('docx', <FileWordOutlined />, t('draftsUi.outputs.docx'), firstOutput)}
          {button('xlsx', <FileExcelOutlined />, t('draftsUi.outputs.xlsx'))}
          {button('pdf', <FilePdfOutlined />, t('draftsUi.outputs.pdf'))}
          <Tooltip title={t('draftsUi.outputs.templateHint')}>
            {button('template', <FileWordOutlined />, t('draftsUi.outputs.template'))}
          </Tooltip>
          <Button
            type="link"
            icon={<PrinterOutlined />}
            href={routeHref({ page: 'print', projectId, lang })}
            data-testid="draft-print-view"
          >
            {t('draftsUi.outputs.printView')}
          </Button>
        </Flex>
        {last && (
          <Alert
            type={last.gaps === 0 ? 'success' : 'warning'}
            showIcon
            title={t('draftsUi.outputs.last', { name: last.name })}
            description={
              last.gaps === 0
                ? t('draftsUi.outputs.noGaps')
                : t('draftsUi.outputs.gaps', { n: formatCount(last.gaps, currentLanguage()) })
            }
            data-testid="draft-export-result"
            data-gaps={last.gaps}
          />
        )}
      </Flex>
    </Card>
  );
}
