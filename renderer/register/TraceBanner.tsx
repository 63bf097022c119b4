import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { navigate, routeHref, type RowTrace } from '../app/routing';
import { traceCall, traceText } from '../dashboard/row-trace';

/**
 * Says which indicator's or readiness action's rows the register lists instead of its whole view,
 * and leads back to the dashboard or on to the whole register. Counts follow the register: an edit that takes a row out
 * of the set (a motor given its class) takes it out of the list and the count alike.
 */
export function TraceBanner({ enterpriseId, trace }: { enterpriseId: number; trace: RowTrace }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { method, input } = traceCall(enterpriseId, trace, { limit: 1 });
  const rows = useApiQuery(method, input, ['equipment']);
  const { title, description } = traceText(t, lang, trace, rows.data);
  return (
    <Alert
      type="info"
      showIcon
      data-testid="register-trace"
      title={<span data-testid="register-trace-text">{title}</span>}
      description={description}
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
