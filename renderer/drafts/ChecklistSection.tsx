import { DeleteOutlined, DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Flex, Input, List, Progress, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView, Checklist, ChecklistItemView } from '../../shared/drafts/drafts-api';
import { useApi } from '../api/api-context';
import { currentLanguage } from '../app/language';
import { formatBytes, formatCount, formatDateTime } from '../format/figures';
import { errorText } from '../i18n/wire-messages';
import { SmallNote } from '../projects/SmallNote';
import { checklistElementId, CHECKLIST_ELEMENT_ID } from './fix-link';
import { useAttachments, type Uploading } from './use-attachments';

/** The first characters of a content hash: enough to tell two files apart at a glance. */
export const shortHash = (sha256: string) => sha256.slice(0, 8);

function FileRow({
  file,
  onOpen,
  onRemove,
}: {
  file: AttachmentView;
  onOpen: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Flex align="center" gap={12} wrap data-testid="attachment-file" data-name={file.originalName}>
      <PaperClipOutlined aria-hidden />
      <Typography.Text strong>{file.originalName}</Typography.Text>
      <SmallNote testId="attachment-size">{formatBytes(t, file.sizeBytes, lang)}</SmallNote>
      <Tooltip title={t('draftsUi.checklist.hash', { hash: file.sha256 })}>
        <Typography.Text code style={{ fontSize: 12 }} data-testid="attachment-hash">
          {shortHash(file.sha256)}
        </Typography.Text>
      </Tooltip>
      <SmallNote>{t('draftsUi.checklist.fileAdded', { time: formatDateTime(file.addedAt) })}</SmallNote>
      <Flex gap={4} style={{ marginInlineStart: 'auto' }}>
        <Button size="small" icon={<DownloadOutlined />} onClick={onOpen} data-testid="attachment-open">
          {t('draftsUi.checklist.open')}
        </Button>
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          data-testid="attachment-remove"
        >
          {t('draftsUi.checklist.remove')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** A note is saved when the user leaves the box or presses Enter, and only when it changed. */
function NoteField({
  item,
  onSave,
}: {
  item: ChecklistItemView;
  onSave: (note: string | null) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(item.note ?? '');
  const [shown, setShown] = useState(item.note);
  // A note changed elsewhere comes in, unless the user is typing one of their own.
  if (item.note !== shown) {
    setShown(item.note);
    if (text === (shown ?? '')) setText(item.note ?? '');
  }
  const save = async () => {
    const note = text.trim() === '' ? null : text.trim();
    if (note === item.note) return;
    await onSave(note);
  };
  return (
    <Input
      size="small"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => void save()}
      onPressEnter={() => void save()}
      maxLength={2000}
      placeholder={t('draftsUi.checklist.notePlaceholder')}
      aria-label={`${item.title} · ${t('draftsUi.checklist.note')}`}
      data-testid="checklist-note"
    />
  );
}

function ChecklistRow({
  item,
  uploading,
  onMark,
  onAttach,
  onOpen,
  onRemove,
}: {
  item: ChecklistItemView;
  uploading: Uploading | null;
  onMark: (change: { ready?: boolean; note?: string | null }) => Promise<boolean>;
  onAttach: () => void;
  onOpen: (file: AttachmentView) => void;
  onRemove: (file: AttachmentView) => void;
}) {
  const { t } = useTranslation();
  const mine = uploading?.itemKey === item.key;
  const progress = mine ? uploading.progress : null;
  return (
    <List.Item
      id={checklistElementId(item.key)}
      data-testid={`checklist-item-${item.key}`}
      data-ready={item.ready}
      data-files={item.files.length}
      style={{ display: 'block' }}
    >
      <Flex vertical gap={8}>
        <Flex align="center" gap={8} wrap>
          <Checkbox
            checked={item.ready}
            onChange={(e) => void onMark({ ready: e.target.checked })}
            data-testid="checklist-ready"
          >
            <Typography.Text strong>{item.title}</Typography.Text>
          </Checkbox>
          <Tag color={item.required ? 'red' : 'default'}>
            {t(item.required ? 'draftsUi.checklist.required' : 'draftsUi.checklist.optional')}
          </Tag>
          {item.origin === 'programme' && (
            <Tag color="purple">{t('draftsUi.checklist.origin_programme')}</Tag>
          )}
          <Flex gap={8} align="center" style={{ marginInlineStart: 'auto' }}>
            {mine && (
              <Flex align="center" gap={6} data-testid="attachment-uploading">
                <SmallNote>{t('draftsUi.checklist.uploading')}</SmallNote>
                <Progress
                  size="small"
                  style={{ width: 100, margin: 0 }}
                  percent={
                    progress && progress.total ? Math.floor((progress.sent / progress.total) * 100) : 0
                  }
                />
              </Flex>
            )}
            <Button
              size="small"
              icon={<PaperClipOutlined />}
              onClick={onAttach}
              disabled={uploading !== null}
              data-testid="checklist-attach"
            >
              {t('draftsUi.checklist.attach')}
            </Button>
          </Flex>
        </Flex>
        <Flex vertical gap={4} style={{ paddingInlineStart: 24 }}>
          {item.files.length === 0 ? (
            <SmallNote>{t('draftsUi.checklist.noFiles')}</SmallNote>
          ) : (
            item.files.map((file) => (
              <FileRow
                key={file.id}
                file={file}
                onOpen={() => onOpen(file)}
                onRemove={() => onRemove(file)}
              />
            ))
          )}
          <NoteField item={item} onSave={(note) => onMark({ note })} />
        </Flex>
      </Flex>
    </List.Item>
  );
}

/** The attachment checklist: §10's usual documents and the chosen programme's, each ready or not, with its files. */
export function ChecklistSection({
  checklist,
  onChanged,
  onFilesChanged,
}: {
  checklist: Checklist;
  /** The checklist as the core answered a change. */
  onChanged: (checklist: Checklist) => void;
  /** Files were added or removed: the checklist and readiness are fetched again. */
  onFilesChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = App.useApp();
  const { projectId } = checklist;
  const { uploading, attach, open, remove } = useAttachments(projectId, onFilesChanged);

  const mark = async (item: ChecklistItemView, change: { ready?: boolean; note?: string | null }) => {
    try {
      onChanged(await api.call('drafts.checklist.mark', { projectId, itemKey: item.key, lang, ...change }));
      if (change.ready !== undefined) {
        void message.success(
          t(change.ready ? 'draftsUi.checklist.markedReady' : 'draftsUi.checklist.markedNotReady', {
            title: item.title,
          }),
        );
      } else {
        void message.success(t('draftsUi.checklist.noteSaved'));
      }
      return true;
    } catch (error) {
      void message.error(errorText(t, error));
      return false;
    }
  };

  const ready = checklist.items.filter((i) => i.ready).length;
  return (
    <Card
      id={CHECKLIST_ELEMENT_ID}
      title={t('draftsUi.checklist.title')}
      extra={
        <Typography.Text type="secondary" data-testid="checklist-summary">
          {t('draftsUi.checklist.summary', {
            ready: formatCount(ready, lang),
            total: formatCount(checklist.items.length, lang),
          })}
        </Typography.Text>
      }
      data-testid="application-checklist"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('draftsUi.checklist.intro')}
          {checklist.targetProgramme === null && ` ${t('draftsUi.checklist.programmeHint')}`}
        </Typography.Text>
        <List
          bordered
          dataSource={checklist.items}
          rowKey="key"
          renderItem={(item) => (
            <ChecklistRow
              item={item}
              uploading={uploading}
              onMark={(change) => mark(item, change)}
              onAttach={() => void attach(item.key)}
              onOpen={(file) => void open(file)}
              onRemove={remove}
            />
          )}
        />
      </Flex>
    </Card>
  );
}
