import { ArrowLeftOutlined, DatabaseOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Enterprise } from '../../shared/enterprise/enterprise-schema';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { navigate, routeHref } from '../app/routing';
import { PageHeading } from '../components/PageHeading';
import { HandoffExportButton } from '../portfolio/HandoffExportButton';
import { Loading, LoadError } from '../components/StatusBlocks';
import { formatDateTime } from '../format/figures';
import { sharedText } from '../i18n/wire-messages';
import { newProductRateText, sizeClassSentence } from './derived-figures';
import { industryText, manufacturingTypeText, placeText } from './enterprise-labels';
import { useEnterpriseEditor } from './form/use-enterprise-editor';
import { useDeleteEnterprise } from './use-delete-enterprise';
import { YearFiguresTable } from './YearFiguresTable';

function Profile({ enterprise: e }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const none = '—';
  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        {
          key: 'uscc',
          label: t('fields.uscc'),
          children: (
            <Flex vertical>
              <span className="code-text" data-testid="detail-uscc">
                {e.uscc ?? none}
              </span>
              {e.usccWarnings.map((w) => (
                <Typography.Text
                  key={w.code}
                  type="warning"
                  style={{ fontSize: 12 }}
                  data-testid="detail-uscc-warning"
                >
                  {sharedText(t, w.code, w.params)}
                </Typography.Text>
              ))}
            </Flex>
          ),
        },
        {
          key: 'district',
          label: t('fields.district'),
          children: placeText(e.district, e.cityOutside, lang) ?? none,
        },
        {
          key: 'industry',
          label: t('fields.industryDivision'),
          children: industryText(e.industryDivision, lang) ?? none,
        },
        {
          key: 'type',
          label: t('fields.manufacturingType'),
          children: manufacturingTypeText(t, e.manufacturingType) ?? none,
        },
        { key: 'created', label: t('fields.createdAt'), children: formatDateTime(e.createdAt) },
        { key: 'updated', label: t('fields.updatedAt'), children: formatDateTime(e.updatedAt) },
      ]}
    />
  );
}

function DerivedFigures({ enterprise: e }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Flex vertical gap={20}>
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">{t('detail.sizeClass')}</Typography.Text>
        <Typography.Text strong data-testid="size-class">
          {sizeClassSentence(t, lang, e.sizeClass)}
        </Typography.Text>
        {e.sizeClass && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('sizeRule.note', { source: e.sizeClass.source })}
          </Typography.Text>
        )}
      </Flex>
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">{t('newProductRate.label')}</Typography.Text>
        {e.years.length === 0 ? (
          <Typography.Text data-testid="new-product-rate-none">
            {t('newProductRate.insufficient')}
          </Typography.Text>
        ) : (
          e.years.map((y) => (
            <Flex key={y.year} gap={12} align="baseline">
              <Typography.Text strong style={{ flex: '0 0 auto', minWidth: 64 }}>
                {t('units.year', { year: y.year })}
              </Typography.Text>
              <Typography.Text data-testid={`new-product-rate-${y.year}`}>
                {newProductRateText(t, lang, y.newProductRate)}
              </Typography.Text>
            </Flex>
          ))
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('newProductRate.definition')}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

export function EnterpriseDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = useApiQuery('enterprise.get', { id }, ['enterprises']);
  const editor = useEnterpriseEditor();
  const confirmDelete = useDeleteEnterprise();
  const e = query.data;

  const back = (
    <Typography.Link href={routeHref({ page: 'enterprises' })} data-testid="detail-back">
      <ArrowLeftOutlined /> {t('detail.back')}
    </Typography.Link>
  );
  if (query.error && !e) {
    return (
      <>
        {back}
        <LoadError error={query.error} onRetry={query.reload} />
      </>
    );
  }
  if (!e) return <Loading />;

  return (
    <>
      {back}
      <PageHeading
        title={<span data-testid="detail-name">{e.name}</span>}
        extra={
          <>
            <Button
              type="primary"
              icon={<DatabaseOutlined />}
              href={routeHref({ page: 'register', enterpriseId: e.id })}
              data-testid="enterprise-register"
            >
              {t('detail.register')}
            </Button>
            <HandoffExportButton enterpriseId={e.id} name={e.name} />
            <Button icon={<EditOutlined />} onClick={() => editor.openEdit(e)} data-testid="enterprise-edit">
              {t('common.edit')}
            </Button>
            <Button
              danger
              icon={<DeleteOutlined />}
              onClick={() => confirmDelete(e, () => navigate({ page: 'enterprises' }))}
              data-testid="enterprise-delete"
            >
              {t('common.delete')}
            </Button>
          </>
        }
      >
        {e.nameEn && <Typography.Text type="secondary">{e.nameEn}</Typography.Text>}
      </PageHeading>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('detail.profile')} style={{ height: '100%' }}>
            <Profile enterprise={e} />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('detail.derived')} style={{ height: '100%' }}>
            <DerivedFigures enterprise={e} />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('detail.years')}>
            {e.years.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noYears')} />
            ) : (
              <YearFiguresTable years={e.years} />
            )}
          </Card>
        </Col>
      </Row>
      {editor.element}
    </>
  );
}
