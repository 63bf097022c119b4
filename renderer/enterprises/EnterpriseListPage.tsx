import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Input, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseSummary } from '../../shared/enterprise/enterprise-schema';
import { normalizeUscc } from '../../shared/enterprise/uscc';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { navigate, routeHref } from '../app/routing';
import { PageHeading } from '../components/PageHeading';
import { HandoffImportButton, useHandoffImport } from '../portfolio/use-handoff-import';
import { Loading, LoadError } from '../components/StatusBlocks';
import { testId } from '../components/test-id';
import { formatCount, formatDate, formatDateTime, formatWan } from '../format/figures';
import { errorText } from '../i18n/wire-messages';
import { industryText, placeText } from './enterprise-labels';
import { useEnterpriseEditor } from './form/use-enterprise-editor';
import { SizeClassTag } from './SizeClassTag';
import { useDeleteEnterprise } from './use-delete-enterprise';

function matches(e: EnterpriseSummary, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const code = normalizeUscc(query);
  return (
    e.name.toLowerCase().includes(q) ||
    (e.nameEn?.toLowerCase().includes(q) ?? false) ||
    (code !== '' && (e.uscc?.includes(code) ?? false))
  );
}

const byNumber = (a: number | null, b: number | null) => (a ?? -1) - (b ?? -1);

export function EnterpriseListPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = App.useApp();
  const list = useApiQuery('enterprise.list', {}, ['enterprises']);
  const [query, setQuery] = useState('');
  const [opening, setOpening] = useState<number | null>(null);
  const confirmDelete = useDeleteEnterprise();
  const importer = useHandoffImport();
  const editor = useEnterpriseEditor((saved, created) => {
    if (created) navigate({ page: 'enterprise', id: saved.id });
  });

  // The list carries summaries; the form needs the whole profile with every year.
  const edit = async (id: number) => {
    setOpening(id);
    try {
      editor.openEdit(await api.call('enterprise.get', { id }));
    } catch (error) {
      void message.error(errorText(t, error));
    } finally {
      setOpening(null);
    }
  };

  if (list.error && !list.data) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;

  const collator = new Intl.Collator(lang);
  const columns: TableColumnsType<EnterpriseSummary> = [
    {
      key: 'name',
      title: t('fields.name'),
      sorter: (a, b) => collator.compare(a.name, b.name),
      render: (_, e) => (
        <Flex vertical>
          <Typography.Link
            href={routeHref({ page: 'enterprise', id: e.id })}
            strong
            onClick={(event) => event.stopPropagation()}
            data-testid="enterprise-open"
          >
            {e.name}
          </Typography.Link>
          {e.nameEn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.nameEn}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'uscc',
      title: t('enterprises.usccColumn'),
      width: 176,
      render: (_, e) => (
        <span className="code-text" style={{ whiteSpace: 'nowrap' }}>
          {e.uscc ?? '—'}
        </span>
      ),
    },
    {
      key: 'district',
      title: t('fields.district'),
      width: 112,
      render: (_, e) => placeText(e.district, e.cityOutside, lang) ?? '—',
    },
    {
      key: 'industry',
      title: t('fields.industryDivision'),
      width: 124,
      ellipsis: { showTitle: true },
      render: (_, e) => industryText(e.industryDivision, lang) ?? '—',
    },
    {
      // Size, employees and revenue all come from the newest year entered; the group header says so.
      key: 'latest',
      title: t('enterprises.latestYear'),
      children: [
        {
          key: 'size',
          title: t('enterprises.sizeWithYear'),
          width: 124,
          render: (_, e) => (
            <Flex gap={6} align="center">
              <SizeClassTag size={e.sizeClass} testId="enterprise-row-size" />
              {e.latestYear !== null && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {e.latestYear}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        {
          key: 'employees',
          title: t('fields.employees'),
          width: 128,
          align: 'right',
          sorter: (a, b) => byNumber(a.employees, b.employees),
          render: (_, e) => (e.employees == null ? '—' : formatCount(e.employees, lang)),
        },
        {
          key: 'revenue',
          // Label and unit on their own lines: the column stays narrow without breaking a word.
          title: (
            <Flex vertical>
              <span>{t('fields.revenue')}</span>
              <span>{t('units.inParens', { unit: t('units.wanYuan') })}</span>
            </Flex>
          ),
          width: 136,
          align: 'right',
          sorter: (a, b) => byNumber(a.revenueYuan, b.revenueYuan),
          render: (_, e) => (e.revenueYuan == null ? '—' : formatWan(e.revenueYuan, lang)),
        },
      ],
    },
    {
      key: 'updatedAt',
      title: t('fields.updatedAt'),
      width: 112,
      sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
      render: (_, e) => <span title={formatDateTime(e.updatedAt)}>{formatDate(e.updatedAt)}</span>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 116,
      fixed: 'end',
      render: (_, e) => (
        // Row clicks open the detail; the buttons must not.
        <Space size={0} onClick={(event) => event.stopPropagation()}>
          <Button
            type="link"
            size="small"
            loading={opening === e.id}
            onClick={() => void edit(e.id)}
            data-testid="enterprise-row-edit"
          >
            {t('common.edit')}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            onClick={() => confirmDelete(e)}
            data-testid="enterprise-row-delete"
          >
            {t('common.delete')}
          </Button>
        </Space>
      ),
    },
  ];

  const addButton = (id: string) => (
    <Button type="primary" icon={<PlusOutlined />} onClick={editor.openCreate} data-testid={id}>
      {t('enterprises.add')}
    </Button>
  );

  const all = list.data;
  const rows = all.filter((e) => matches(e, query));

  return (
    <>
      <PageHeading
        title={t('enterprises.title')}
        extra={
          all.length > 0 && (
            <>
              <Input
                allowClear
                prefix={<SearchOutlined />}
                placeholder={t('enterprises.searchPlaceholder')}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                style={{ width: 300 }}
                aria-label={t('enterprises.searchPlaceholder')}
                data-testid="enterprise-search"
              />
              <HandoffImportButton onClick={importer.open} />
              {addButton('enterprise-add')}
            </>
          )
        }
      />
      {all.length === 0 ? (
        <Flex vertical align="center" style={{ background: '#fff', borderRadius: 8, padding: '56px 24px' }}>
          <Empty
            description={
              <Flex vertical gap={4} style={{ maxWidth: 460 }}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {t('enterprises.emptyTitle')}
                </Typography.Text>
                <Typography.Text type="secondary">{t('enterprises.emptyHint')}</Typography.Text>
              </Flex>
            }
          >
            <Flex gap={8} justify="center" wrap>
              {addButton('enterprise-add-empty')}
              <HandoffImportButton onClick={importer.open} testId="handoff-import-empty" />
            </Flex>
          </Empty>
        </Flex>
      ) : (
        <Table<EnterpriseSummary>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={list.loading && { delay: 300 }}
          scroll={{ x: 1200 }}
          pagination={{
            pageSize: 50,
            hideOnSinglePage: true,
            showTotal: (total) => t('enterprises.total', { total }),
          }}
          locale={{ emptyText: t('enterprises.noMatch', { query }) }}
          onRow={(e) => ({
            onClick: () => navigate({ page: 'enterprise', id: e.id }),
            style: { cursor: 'pointer' },
            ...testId('enterprise-row'),
          })}
          data-testid="enterprise-table"
        />
      )}
      {editor.element}
      {importer.element}
    </>
  );
}
