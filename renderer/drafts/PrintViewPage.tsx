import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { draftHtml } from '../../shared/drafts/draft-html';
import type { Lang } from '../../shared/i18n/messages';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { routeHref } from '../app/routing';
import { Loading, LoadError } from '../components/StatusBlocks';
import './drafts.css';

/**
 * The draft exactly as the PDF printers print it: the same HTML document (draftHtml of the same
 * model), shown in a frame that runs no script. The frame may be reached from this page (same
 * origin, no scripts of its own) so that Print prints the draft's own pages, margins and breaks.
 */
export function PrintViewPage({ projectId, lang }: { projectId: number; lang?: Lang }) {
  const { t } = useTranslation();
  const draftLang = lang ?? currentLanguage();
  const query = useApiQuery('drafts.model', { projectId, lang: draftLang }, [
    'drafts',
    'projects',
    'enterprises',
    'equipment',
    'assessments',
    'funding',
  ]);
  const frame = useRef<HTMLIFrameElement>(null);
  const html = useMemo(() => (query.data ? draftHtml(query.data) : null), [query.data]);

  if (html === null) {
    if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
    return <Loading tip={t('draftsUi.print.loading')} />;
  }
  return (
    <div className="draft-print-view">
      <iframe
        ref={frame}
        title={t('draftsUi.print.title')}
        srcDoc={html}
        // No allow-scripts: nothing in the draft runs. allow-same-origin lets this page print the
        // frame; allow-modals lets the frame's print dialog open.
        sandbox="allow-same-origin allow-modals"
        className="draft-print-frame"
        data-testid="draft-print-frame"
      />
      <Flex gap={8} className="draft-print-toolbar">
        <Button
          icon={<ArrowLeftOutlined />}
          href={routeHref({ page: 'application', enterpriseId: query.data!.facts.enterprise.id, projectId })}
          data-testid="draft-print-back"
        >
          {t('draftsUi.print.back')}
        </Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => frame.current?.contentWindow?.print()}
          data-testid="draft-print"
        >
          {t('draftsUi.print.print')}
        </Button>
      </Flex>
    </div>
  );
}
