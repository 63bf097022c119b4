import { Button, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/wire-messages';

export function Loading({ tip }: { tip?: string }) {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin size="large" description={tip ?? t('app.loadingPage')} />
    </Flex>
  );
}

/** A page whose data could not be loaded: says why, in the user's language, and offers to try again. */
export function LoadError({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={title}
      subTitle={<span data-testid="load-error">{errorText(t, error)}</span>}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
