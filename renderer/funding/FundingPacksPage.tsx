import {
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  EyeInvisibleOutlined,
  UndoOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { both, pickText, textIn } from '../../shared/funding/bilingual-text';
import { currentLanguage } from '../app/language';
import { routeHref } from '../app/routing';
import { carriesFiles } from '../components/drag-files';
import { EmptyHint } from '../components/EmptyHint';
import { IconAction } from '../components/IconAction';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadError } from '../components/StatusBlocks';
import { testId } from '../components/test-id';
import { formatDateTime } from '../format/figures';
import { sharedText } from '../i18n/wire-messages';
import './funding.css';
import { PackDrawer, type PackTab } from './PackDrawer';
import { hiddenExamples, packRow, yearSpan, type PackRow } from './pack-rows';
import { useFundingPacks } from './use-funding-packs';
import { usePackActions } from './use-pack-actions';
import { usePackImport } from './use-pack-import';

/**
 * The funding rule packs in force: the shipped examples of DOMAIN.md §9 and the user's own. Open
 * one to read its programmes or edit its JSON; import a pack from a file (picked or dropped on the
 * page), export one, delete a user's pack, hide a shipped example and bring it back.
 */
export function FundingPacksPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const packs = useFundingPacks();
  const actions = usePackActions();
  const importer = usePackImport();
  const [open, setOpen] = useState<{ id: string; tab: PackTab } | null>(null);
  const [dragging, setDragging] = useState(false);

  const details = packs.data;
  const openDetail = (open && details?.find((d) => d.id === open.id)) || null;
  // The open pack was deleted (here or in another window): close it rather than show a stale copy.
  if (open && details && !packs.loading && !openDetail) setOpen(null);

  const rows = details?.map(packRow) ?? [];
  const hidden = details ? hiddenExamples(details) : [];

  const columns: TableColumnsType<PackRow> = [
    {
      key: 'name',
      title: t('fundingUi.colName'),
      width: 280,
      render: (_, r) => (
        <Flex vertical gap={2}>
          {/* A real link (an address) so that Tab reaches it and Enter opens the pack. */}
          <Typography.Link
            href={routeHref({ page: 'funding' })}
            onClick={(e) => {
              e.preventDefault();
              setOpen({ id: r.id, tab: 'programmes' });
            }}
            data-testid="funding-pack-open"
          >
            {pickText(lang, r.name)}
          </Typography.Link>
          <Typography.Text type="secondary" className="code-text" style={{ fontSize: 12 }}>
            {r.id}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'issuer',
      title: t('fundingUi.issuer'),
      render: (_, r) => (
        <Flex vertical>
          {r.issuers.map((i) => (
            <span key={i.zh}>{pickText(lang, i)}</span>
          ))}
        </Flex>
      ),
    },
    {
      key: 'year',
      title: t('fundingUi.colYear'),
      width: 110,
      render: (_, r) => <span data-testid="funding-pack-years">{yearSpan(r)}</span>,
    },
    {
      key: 'origin',
      title: t('fundingUi.colOrigin'),
      width: 190,
      render: (_, r) => (
        <Flex wrap gap={4}>
          <Tag color={r.origin === 'user' ? 'blue' : undefined} data-testid="funding-pack-origin">
            {sharedText(t, `funding.origin_${r.origin}`)}
          </Tag>
          {r.example ? (
            <Tag color="gold" data-testid="funding-example-mark">
              {t('fundingUi.exampleMark')}
            </Tag>
          ) : (
            r.checkNotice && (
              <Tag color="gold" data-testid="funding-notice-mark">
                {t('fundingUi.noticeMark')}
              </Tag>
            )
          )}
        </Flex>
      ),
    },
    {
      key: 'programmes',
      title: t('fundingUi.colProgrammes'),
      width: 90,
      align: 'right',
      render: (_, r) => <span data-testid="funding-pack-count">{r.programmes}</span>,
    },
    {
      key: 'updated',
      title: t('fundingUi.colUpdated'),
      width: 150,
      render: (_, r) =>
        r.updatedAt ? (
          formatDateTime(r.updatedAt)
        ) : (
          <Typography.Text type="secondary">{t('fundingUi.asShipped')}</Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 150,
      render: (_, r) => (
        <Flex gap={2}>
          <IconAction
            tooltip
            icon={<EditOutlined />}
            label={t('fundingUi.editJson')}
            onClick={() => setOpen({ id: r.id, tab: 'json' })}
            testId="funding-pack-edit"
          />
          <IconAction
            tooltip
            icon={<DownloadOutlined />}
            label={t('fundingUi.export')}
            onClick={() => void actions.exportPack(r)}
            testId="funding-pack-export"
          />
          {r.origin === 'shipped_edited' && (
            <IconAction
              tooltip
              icon={<UndoOutlined />}
              label={t('fundingUi.restore')}
              onClick={() => actions.restoreExample(r)}
              testId="funding-pack-restore"
            />
          )}
          <IconAction
            tooltip
            danger
            icon={r.origin === 'user' ? <DeleteOutlined /> : <EyeInvisibleOutlined />}
            label={t(r.origin === 'user' ? 'common.delete' : 'fundingUi.hide')}
            onClick={() => actions.removePack(r)}
            testId="funding-pack-remove"
          />
        </Flex>
      ),
    },
  ];

  const heading = (
    <PageHeading
      title={t('fundingUi.title')}
      extra={
        <Button
          type="primary"
          icon={<UploadOutlined />}
          onClick={importer.choose}
          data-testid="funding-import"
        >
          {t('fundingUi.import')}
        </Button>
      }
    >
      <Typography.Text type="secondary">{t('fundingUi.intro')}</Typography.Text>
    </PageHeading>
  );

  const content = () => {
    if (packs.error && !details) return <LoadError error={packs.error} onRetry={packs.reload} />;
    if (!details) return <Loading />;
    return (
      <Flex vertical gap={16}>
        <Alert
          type="warning"
          showIcon
          title={t('fundingUi.exampleNotice')}
          data-testid="funding-example-notice"
        />
        {rows.length === 0 ? (
          <EmptyHint
            title={t('fundingUi.emptyTitle')}
            hint={t('fundingUi.emptyHint')}
            testId="funding-empty"
            paddingBlock={32}
          />
        ) : (
          <Table<PackRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            pagination={false}
            onRow={(r) => testId(`funding-pack-row-${r.id}`)}
            data-testid="funding-pack-table"
          />
        )}
        {hidden.length > 0 && (
          <Card size="small" title={t('fundingUi.hiddenTitle')} data-testid="funding-hidden">
            <Flex vertical gap={8}>
              {hidden.map((p) => (
                <Flex
                  key={p.id}
                  align="center"
                  justify="space-between"
                  gap={12}
                  data-testid={`funding-hidden-${p.id}`}
                >
                  <span>
                    {textIn(lang, p.name)}{' '}
                    <Typography.Text type="secondary" className="code-text">
                      {p.id}
                    </Typography.Text>
                  </span>
                  <Button
                    size="small"
                    icon={<UndoOutlined />}
                    onClick={() =>
                      actions.restoreExample({ id: p.id, name: both(p.name), origin: 'shipped' })
                    }
                    data-testid="funding-hidden-restore"
                  >
                    {t('fundingUi.restore')}
                  </Button>
                </Flex>
              ))}
            </Flex>
          </Card>
        )}
        <Typography.Text type="secondary">{t('fundingUi.dropHint')}</Typography.Text>
      </Flex>
    );
  };

  return (
    <div
      className={dragging ? 'funding-page funding-page-drop' : 'funding-page'}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) void importer.accept(file);
      }}
      data-testid="funding-page"
    >
      {heading}
      {content()}
      {importer.element}
      <PackDrawer
        detail={openDetail}
        tab={open?.tab ?? 'programmes'}
        onTab={(tab) => setOpen((o) => o && { ...o, tab })}
        onClose={() => setOpen(null)}
        actions={actions}
      />
    </div>
  );
}
