import { Flex, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LINK_RELATIONS, type LinkRelation } from '../../../shared/projects/project-schema';
import { useApiQuery } from '../../api/use-api-query';
import type { LinkDraft } from '../project-values';
import { RemoveEntryButton } from './item-parts';

const SEARCH_PAUSE_MS = 250;
const SHOWN = 20;

export const linkLabel = (l: Pick<LinkDraft, 'assetCode' | 'name'>) =>
  l.assetCode ? `${l.assetCode} ${l.name}` : l.name;

/**
 * The register rows a line replaces, upgrades or retires: a search over the register by asset
 * code, name, model or maker (the register's own search), and the rows chosen with their relation.
 * A form control: value and onChange come from Form.Item.
 */
export function LinkedEquipmentField({
  enterpriseId,
  value = [],
  onChange,
}: {
  enterpriseId: number;
  value?: LinkDraft[];
  onChange?: (links: LinkDraft[]) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useApiQuery(
    'equipment.page',
    { enterpriseId, offset: 0, limit: SHOWN, ...(search ? { filter: { search } } : {}) },
    ['equipment'],
  );
  const linked = new Set(value.map((l) => l.equipmentId));
  const options = (found.data?.rows ?? [])
    .filter((r) => !linked.has(r.id))
    .map((r) => ({ value: r.id, label: linkLabel({ assetCode: r.asset_code, name: r.name }) }));

  const add = (id: number) => {
    const row = found.data?.rows.find((r) => r.id === id);
    if (!row) return;
    onChange?.([
      ...value,
      { equipmentId: row.id, relation: 'replaces', assetCode: row.asset_code, name: row.name, live: true },
    ]);
    setTyped('');
  };
  const setRelation = (i: number, relation: LinkRelation) =>
    onChange?.(value.map((l, j) => (j === i ? { ...l, relation } : l)));
  const drop = (i: number) => onChange?.(value.filter((_, j) => j !== i));

  return (
    <Flex vertical gap={6}>
      {value.length === 0 && (
        <Typography.Text type="secondary">{t('projectUi.lines.linkNone')}</Typography.Text>
      )}
      {value.map((l, i) => (
        <Flex key={l.equipmentId} align="center" gap={8} data-testid="line-link">
          <Typography.Text style={{ minWidth: 200 }}>{linkLabel(l)}</Typography.Text>
          {!l.live && <Tag color="warning">{t('projectUi.lines.linkGone')}</Tag>}
          <Select<LinkRelation>
            size="small"
            value={l.relation}
            onChange={(r) => setRelation(i, r)}
            options={LINK_RELATIONS.map((r) => ({ value: r, label: t(`projectUi.lines.relation_${r}`) }))}
            style={{ width: 100 }}
            aria-label={t('projectUi.lines.relation')}
            data-testid={`line-link-relation-${i}`}
          />
          <RemoveEntryButton label={t('projectUi.lines.linkRemove')} onClick={() => drop(i)} />
        </Flex>
      ))}
      <Select<number>
        showSearch={{ filterOption: false, searchValue: typed, onSearch: setTyped }}
        value={null}
        placeholder={t('projectUi.lines.linkSearch')}
        options={options}
        onSelect={add}
        loading={found.loading}
        notFoundContent={found.loading ? null : t('projectUi.lines.linkNotFound')}
        style={{ maxWidth: 420 }}
        data-testid="line-link-search"
      />
    </Flex>
  );
}
