import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { navigate, routeHref, type IndicatorTrace } from '../app/routing';
import { indicatorName, partWords } from '../dashboard/figure-text';
import { formatCount } from '../format/figures';

/**
 * Says which indicator's rows the register lists instead of its whole view, and leads back to the
 * dashboard or on to the whole register. Counts follow the register: an edit that takes a row out
 * of the set (a motor given its class) takes it out of the list and the count alike.
 */
export function TraceBanner({ enterpriseId, trace }: { enterpriseId: number; trace: IndicatorTrace }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const rows = useApiQuery('indicators.rows', { enterpriseId, ...trace, limit: 1 }, ['equipment']);
  const counted = rows.data;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="register-trace"
      title={
        <span data-testid="register-trace-text">
          {t('dashboard.traceBanner', {
            ns: 'shared',
            indicator: indicatorName(t, trace.indicator),
            part: t(`dashboard.tracePart_${trace.part}`, { ns: 'shared' }),
            what: partWords(t, trace.indicator, trace.part),
            rows: counted ? formatCount(counted.ids.length, lang) : '…',
            units: counted ? formatCount(counted.units, lang) : '…',
            year: trace.year,
          })}
        </span>
      }
      description={t('dashboard.traceNoSort', { ns: 'shared' })}
      action={
        <Flex vertical gap={6}>
          <Button
            size="small"
            href={routeHref({ page: 'dashboard', enterpriseId, year: trace.year })}
            data-testid="register-trace-back"
          >
            {t('dashboard.traceBack', { ns: 'shared' })}
          </Button>
          <Button
            size="small"
            type="text"
            onClick={() => navigate({ page: 'register', enterpriseId })}
            data-testid="register-trace-close"
          >
            {t('dashboard.traceClose', { ns: 'shared' })}
          </Button>
        </Flex>
      }
    />
  );
}
