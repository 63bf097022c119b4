import { ArrowLeftOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ApiQuery } from '../api/use-api-query';
import { routeHref } from '../app/routing';
import { PageHeading } from './PageHeading';
import { Loading, LoadError } from './StatusBlocks';

/** The top of a page inside one enterprise: a link back to it by name, then the page's own heading. */
export function EnterpriseSubpageHeading({
  enterpriseId,
  enterpriseName,
  backTestId,
  title,
  extra,
  intro,
}: {
  enterpriseId: number;
  enterpriseName: string | undefined;
  backTestId: string;
  title: ReactNode;
  extra?: ReactNode;
  intro: ReactNode;
}) {
  return (
    <>
      <Typography.Link href={routeHref({ page: 'enterprise', id: enterpriseId })} data-testid={backTestId}>
        <ArrowLeftOutlined /> {enterpriseName ?? '…'}
      </Typography.Link>
      <PageHeading title={title} extra={extra}>
        <Typography.Text type="secondary">{intro}</Typography.Text>
      </PageHeading>
    </>
  );
}

/**
 * A page's list once it has come: until then a spinner, or the heading and why it failed with a
 * retry. A list that fails to refresh keeps showing the rows it had.
 */
export function Loaded<T>({
  query,
  heading,
  children,
}: {
  query: Pick<ApiQuery<T>, 'data' | 'error' | 'reload'>;
  heading: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.error && query.data === undefined) {
    return (
      <>
        {heading}
        <LoadError error={query.error} onRetry={query.reload} />
      </>
    );
  }
  if (query.data === undefined) return <Loading />;
  return (
    <>
      {heading}
      {children(query.data)}
    </>
  );
}
