import { Button, Card, Flex, Input, Tag, Tooltip, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NarrativeView } from '../../shared/drafts/drafts-api';
import { MAX_NARRATIVE_CHARS } from '../../shared/drafts/narrative-sections';
import { currentLanguage } from '../app/language';
import { formatCount, formatDateTime } from '../format/figures';
import { errorText } from '../i18n/wire-messages';
import { SmallNote } from '../projects/SmallNote';
import { narrativeElementId, NARRATIVES_ELEMENT_ID } from './fix-link';
import { sectionStatus, type SectionEdit } from './narrative-edit';
import { useNarratives } from './use-narratives';

const isSaveKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's';

function SectionStatusLine({ edit }: { edit: SectionEdit }) {
  const { t } = useTranslation();
  const status = sectionStatus(edit);
  const text =
    status === 'saved' && edit.updatedAt
      ? t('draftsUi.narratives.status_savedAt', { time: formatDateTime(edit.updatedAt) })
      : status === 'failed'
        ? t('draftsUi.narratives.status_failed', { error: errorText(t, edit.error) })
        : t(`draftsUi.narratives.status_${status}`);
  return (
    <Typography.Text
      type={status === 'failed' ? 'danger' : status === 'unsaved' ? 'warning' : 'secondary'}
      style={{ fontSize: 12 }}
      role={status === 'failed' ? 'alert' : 'status'}
      data-testid="narrative-status"
      data-status={status}
    >
      {text}
    </Typography.Text>
  );
}

function NarrativeBox({
  view,
  edit,
  onChange,
  onSave,
}: {
  view: NarrativeView;
  edit: SectionEdit;
  onChange: (text: string) => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const status = sectionStatus(edit);
  const shared = view.scope === 'enterprise';
  const labelId = `${narrativeElementId(view.key)}-label`;
  return (
    <Flex vertical gap={6} id={narrativeElementId(view.key)} data-testid={`narrative-${view.key}`}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong id={labelId}>
          {view.title}
        </Typography.Text>
        <Tooltip
          title={t(
            shared ? 'draftsUi.narratives.scopeEnterpriseHint' : 'draftsUi.narratives.scopeProjectHint',
          )}
        >
          <Tag color={shared ? 'purple' : 'blue'} data-testid="narrative-scope" data-scope={view.scope}>
            {t(shared ? 'draftsUi.narratives.scopeEnterprise' : 'draftsUi.narratives.scopeProject')}
          </Tag>
        </Tooltip>
      </Flex>
      {shared && <SmallNote>{t('draftsUi.narratives.scopeEnterpriseHint')}</SmallNote>}
      <Input.TextArea
        value={edit.text}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onSave}
        onKeyDown={(e) => {
          if (!isSaveKey(e)) return;
          e.preventDefault();
          onSave();
        }}
        autoSize={{ minRows: 3, maxRows: 14 }}
        maxLength={MAX_NARRATIVE_CHARS}
        placeholder={t('draftsUi.narratives.placeholder')}
        aria-labelledby={labelId}
        status={status === 'failed' ? 'error' : undefined}
        data-testid={`narrative-input-${view.key}`}
      />
      <Flex justify="space-between" align="center" gap={8} wrap>
        <SectionStatusLine edit={edit} />
        <Flex align="center" gap={8}>
          {(status === 'failed' || status === 'unsaved') && (
            <Button size="small" onClick={onSave} data-testid={`narrative-save-${view.key}`}>
              {t(status === 'failed' ? 'draftsUi.narratives.retry' : 'draftsUi.narratives.save')}
            </Button>
          )}
          <SmallNote>
            {t('draftsUi.narratives.chars', {
              n: formatCount(edit.text.length, lang),
              max: formatCount(MAX_NARRATIVE_CHARS, lang),
            })}
          </SmallNote>
        </Flex>
      </Flex>
    </Flex>
  );
}

/** The sections the user writes (company profile, market, site…), each saved on leaving its box or on Ctrl/⌘+S. */
export function NarrativesSection({
  projectId,
  views,
  onSaved,
}: {
  projectId: number;
  views: NarrativeView[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { edits, setText, save } = useNarratives(projectId, views, onSaved);
  return (
    <Card
      id={NARRATIVES_ELEMENT_ID}
      title={t('draftsUi.narratives.title')}
      data-testid="application-narratives"
    >
      <Flex vertical gap={20}>
        <Typography.Text type="secondary">{t('draftsUi.narratives.intro')}</Typography.Text>
        {views.map((view) => {
          const edit = edits[view.key];
          return (
            edit && (
              <NarrativeBox
                key={view.key}
                view={view}
                edit={edit}
                onChange={(text) => setText(view.key, text)}
                onSave={() => void save(view.key)}
              />
            )
          );
        })}
      </Flex>
    </Card>
  );
}
