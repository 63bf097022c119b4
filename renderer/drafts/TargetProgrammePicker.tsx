import { App, Card, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist } from '../../shared/drafts/drafts-api';
import { pickText } from '../../shared/funding/bilingual-text';
import type { EligibilityStatus } from '../../shared/funding/evaluate-programmes';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { errorText } from '../i18n/wire-messages';
import { PROGRAMME_ELEMENT_ID } from './fix-link';

const STATUS_COLOR: Record<EligibilityStatus, string> = {
  eligible: 'green',
  undetermined: 'gold',
  not_eligible: 'default',
};

/** The programme the application is for: every programme in force, with the project's verdict on it. */
export function TargetProgrammePicker({
  projectId,
  current,
  onChanged,
}: {
  projectId: number;
  current: string | null;
  onChanged: (checklist: Checklist) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const evaluation = useApiQuery('funding.evaluate', { projectId }, [
    'funding',
    'projects',
    'enterprises',
    'drafts',
  ]);

  const choose = async (programme: string | null) => {
    setSaving(true);
    try {
      onChanged(await api.call('drafts.targetProgramme.set', { projectId, programme, lang }));
      void message.success(t(programme === null ? 'draftsUi.programme.cleared' : 'draftsUi.programme.saved'));
    } catch (error) {
      void message.error(errorText(t, error));
    } finally {
      setSaving(false);
    }
  };

  const options = (evaluation.data?.packs ?? []).map((pack) => ({
    label: pickText(lang, pack.name),
    title: pickText(lang, pack.name),
    options: pack.programmes.map((p) => ({
      value: `${pack.packId}/${p.programmeId}`,
      searchText: `${pickText(lang, p.name)} ${pickText(lang, p.issuer)} ${p.year}`,
      label: (
        <Flex justify="space-between" gap={8} align="center">
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {pickText(lang, p.name)} · {p.year}
          </span>
          <Tag color={STATUS_COLOR[p.status]} style={{ marginInlineEnd: 0 }}>
            {t(`draftsUi.programme.status_${p.status}`)}
          </Tag>
        </Flex>
      ),
    })),
  }));

  return (
    <Card id={PROGRAMME_ELEMENT_ID} title={t('draftsUi.programme.title')} data-testid="application-programme">
      <Flex vertical gap={8}>
        <Select
          value={current ?? undefined}
          onChange={(value: string | undefined) => void choose(value ?? null)}
          allowClear
          showSearch={{ optionFilterProp: 'searchText' }}
          placeholder={t('draftsUi.programme.placeholder')}
          options={options}
          loading={evaluation.loading || saving}
          disabled={saving}
          style={{ width: '100%' }}
          aria-label={t('draftsUi.programme.title')}
          data-testid="application-programme-select"
        />
        {evaluation.error != null && (
          <Typography.Text type="danger">
            {t('draftsUi.programme.notEvaluated', { error: errorText(t, evaluation.error) })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('draftsUi.programme.hint')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
