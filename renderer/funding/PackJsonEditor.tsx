import { Alert, App, Button, Flex, Input, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../shared/api/errors';
import { pickText } from '../../shared/funding/bilingual-text';
import type { FundingPackDetail } from '../../shared/funding/funding-api';
import { packToText, parsePackText } from '../../shared/funding/pack-text';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-errors';
import { currentLanguage } from '../app/language';
import { errorText } from '../i18n/wire-messages';
import { lineAndColumnAt } from './json-path-offset';
import { issuesInsidePack, packIssueViews } from './pack-issues';
import { PackIssueList } from './PackIssueList';

/** Why the last save failed, kept as data so its text follows a language switch. */
type Failure = { kind: 'issues'; text: string; issues: FieldIssue[] } | { kind: 'error'; error: unknown };

/**
 * The pack as JSON, edited by hand. Saving checks it with the pack schema (the one the core uses)
 * and lists every problem beside the text with its path and line; nothing is saved while any remain.
 */
export function PackJsonEditor({
  detail,
  onDirtyChange,
}: {
  detail: FundingPackDetail;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = App.useApp();
  const stored = packToText(detail.pack);
  /** The text as last saved: what the editor compares with to know it has changes. */
  const [base, setBase] = useState(stored);
  const [text, setText] = useState(stored);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const area = useRef<TextAreaRef>(null);
  const dirty = text !== base;

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // The pack changed in the workspace (saved here, or in another window): an untouched editor shows
  // the new text; one with changes keeps them, compared from now on with the new text.
  const [shown, setShown] = useState(stored);
  if (shown !== stored) {
    setShown(stored);
    setBase(stored);
    if (text === base) setText(stored);
  }

  const goTo = (offset: number) => {
    const el = area.current?.resizableTextArea?.textArea;
    if (!el) return;
    el.focus();
    el.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.scrollTop = Math.max(0, (lineAndColumnAt(text, offset).line - 4) * lineHeight);
  };

  const save = async () => {
    const parsed = parsePackText(text);
    if (!parsed.ok) {
      setFailure({ kind: 'issues', text, issues: parsed.issues });
      return;
    }
    setSaving(true);
    try {
      const after = await api.call('funding.packs.update', { id: detail.id, pack: parsed.pack });
      setFailure(null);
      // In the schema's key order: what was saved is what the editor shows from now on.
      const savedText = packToText(after.pack);
      setBase(savedText);
      setText(savedText);
      void message.success(
        t(after.origin === 'shipped_edited' ? 'fundingUi.savedOwnVersion' : 'fundingUi.saved', {
          name: pickText(lang, after.name),
        }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.wire.code === 'VALIDATION' && error.wire.issues.length) {
        setFailure({ kind: 'issues', text, issues: issuesInsidePack(error.wire.issues) });
      } else setFailure({ kind: 'error', error });
    } finally {
      setSaving(false);
    }
  };

  const issues = failure?.kind === 'issues' ? packIssueViews(failure.text, failure.issues) : [];

  return (
    <Flex vertical gap={12}>
      {detail.origin === 'shipped' && (
        <Alert
          type="info"
          showIcon
          title={t('fundingUi.editExampleHint')}
          data-testid="funding-edit-example-hint"
        />
      )}
      <Flex gap={16} align="stretch" wrap>
        <Input.TextArea
          ref={area}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
              e.preventDefault();
              void save();
            }
          }}
          className="code-text funding-json"
          spellCheck={false}
          // Unwrapped, so a line the issues name is one line on screen, as in any text editor.
          wrap="off"
          autoSize={{ minRows: 24, maxRows: 24 }}
          aria-label={t('fundingUi.jsonLabel')}
          data-testid="funding-json"
          style={{ flex: '1 1 420px', fontSize: 13 }}
        />
        <Flex vertical gap={8} style={{ flex: '0 1 340px', minWidth: 260 }} data-testid="funding-json-side">
          {failure?.kind === 'issues' && (
            <>
              <Alert
                type="error"
                showIcon
                title={t('fundingUi.notSaved', { n: failure.issues.length })}
                data-testid="funding-json-invalid"
              />
              <PackIssueList issues={issues} onGoTo={goTo} />
            </>
          )}
          {failure?.kind === 'error' && (
            <Alert
              type="error"
              showIcon
              title={errorText(t, failure.error)}
              data-testid="funding-json-error"
            />
          )}
          {!failure && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('fundingUi.jsonHelp')}
            </Typography.Paragraph>
          )}
        </Flex>
      </Flex>
      <Flex gap={8}>
        <Button type="primary" loading={saving} onClick={() => void save()} data-testid="funding-json-save">
          {t('common.save')}
        </Button>
        <Button
          disabled={!dirty}
          onClick={() => {
            setText(base);
            setFailure(null);
          }}
          data-testid="funding-json-revert"
        >
          {t('fundingUi.revert')}
        </Button>
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
          {t('fundingUi.saveShortcut')}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
