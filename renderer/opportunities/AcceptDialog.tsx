import { Alert, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../shared/api/errors';
import type { Lang } from '../../shared/i18n/messages';
import type { Opportunity } from '../../shared/opportunities/opportunities-api';
import { DIRECTION_CODES, PROJECT_DIRECTIONS, type DirectionCode } from '../../shared/projects/directions';
import type { ProjectSummary } from '../../shared/projects/project-schema';
import { ApiError } from '../api/api-errors';
import { currentLanguage } from '../app/language';
import { requiredRule, requiredTextRule } from '../components/form-rules';
import { placeIssues } from '../components/server-issues';
import { testId } from '../components/test-id';
import { inLang } from '../dashboard/figure-text';
import { errorText, sharedText } from '../i18n/wire-messages';
import { commonDirection, overlapsWithin, totals } from './proposal-figures';
import { proposalName, wanText } from './proposal-text';
import { PartlyAccepted, type AcceptTarget } from './use-decisions';

interface Values {
  into: 'new' | 'existing';
  name: string;
  direction: DirectionCode;
  projectId?: number;
}

const NAME_MAX = 200;

/** A new project's name: the proposal's own, or the first one's with how many more. */
function suggestedName(t: TFunction, lang: Lang, chosen: readonly Opportunity[]): string {
  const [first] = chosen;
  if (!first) return '';
  const name =
    chosen.length === 1
      ? proposalName(lang, first)
      : t('opportunityUi.nameMany', {
          first: inLang(first.title, lang),
          count: chosen.length,
          more: chosen.length - 1,
        });
  return name.slice(0, NAME_MAX);
}

/** Where an issue of projects.fromOpportunities or opportunities.decide sits in this form. */
function fieldOf(path: FieldIssue['path']): (string | number)[] | null {
  if (path[0] === 'project' && path[1] === 'name') return ['name'];
  if (path[0] === 'project' && path[1] === 'direction') return ['direction'];
  if (path[0] === 'decision' && path[1] === 'projectId') return ['projectId'];
  return null;
}

/**
 * Accept one or several proposals: into a new project (named after them, in their direction) or
 * into one of the enterprise's projects. Enter accepts; Esc closes.
 */
export function AcceptDialog({
  chosen,
  projects,
  onAccept,
  onClose,
}: {
  chosen: readonly Opportunity[];
  projects: readonly ProjectSummary[];
  onAccept: (target: AcceptTarget) => Promise<unknown>;
  onClose: (accepted: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [form] = Form.useForm<Values>();
  const into = Form.useWatch('into', form) ?? 'new';
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const sum = totals(chosen);
  const overlapping = overlapsWithin(chosen);

  // Enter may submit twice (the input's own handler and the form's implicit submission): send once.
  const sending = useRef(false);
  const submit = async (values: Values) => {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setFailure(null);
    try {
      await onAccept(
        values.into === 'new'
          ? { kind: 'new', name: values.name.trim(), direction: values.direction }
          : { kind: 'existing', projectId: values.projectId as number },
      );
      onClose(true);
    } catch (error) {
      if (error instanceof PartlyAccepted) {
        setFailure(
          t('opportunityUi.acceptPartly', {
            done: error.accepted.length,
            name: proposalName(lang, error.failed),
            reason: errorText(t, error.refusal),
          }),
        );
      } else if (error instanceof ApiError && error.wire.code === 'VALIDATION') {
        const unplaced = placeIssues(form, error.wire.issues, fieldOf, { scroll: false });
        setFailure(unplaced.length ? unplaced.map((i) => sharedText(t, i.key, i.params)).join('；') : null);
      } else {
        setFailure(errorText(t, error));
      }
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={
        chosen.length === 1
          ? t('opportunityUi.acceptTitle')
          : t('opportunityUi.acceptTitleMany', { count: chosen.length })
      }
      okText={t('opportunityUi.acceptOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okButtonProps={testId('opportunity-accept-ok')}
      destroyOnHidden
      width={600}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          into: 'new',
          name: suggestedName(t, lang, chosen),
          direction: commonDirection(chosen) ?? 'green',
        }}
        requiredMark
      >
        <ul style={{ margin: '0 0 8px', paddingInlineStart: 20 }} data-testid="opportunity-accept-chosen">
          {chosen.map((o) => (
            <li key={o.id}>
              <Typography.Text>{proposalName(lang, o)}</Typography.Text>
            </li>
          ))}
        </ul>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('opportunityUi.acceptSummary', {
            saving: wanText(lang, sum.costSavingFen),
            investment: wanText(lang, sum.investmentFen),
          })}
        </Typography.Paragraph>
        {overlapping.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="opportunity-accept-overlap"
            title={t('opportunityUi.acceptOverlap', {
              pairs: overlapping
                .map(([a, b]) => `${proposalName(lang, a)} — ${proposalName(lang, b)}`)
                .join(t('opportunityUi.listSeparator')),
            })}
          />
        )}
        <Form.Item name="into" style={{ marginBottom: 12 }}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'new', label: t('opportunityUi.intoNew') },
              { value: 'existing', label: t('opportunityUi.intoExisting'), disabled: projects.length === 0 },
            ]}
            data-testid="opportunity-accept-into"
          />
        </Form.Item>
        {into === 'new' ? (
          <>
            <Form.Item name="name" label={t('opportunityUi.projectName')} rules={[requiredTextRule]}>
              <Input
                autoFocus
                maxLength={NAME_MAX}
                onPressEnter={() => form.submit()}
                data-testid="opportunity-accept-name"
              />
            </Form.Item>
            <Form.Item
              name="direction"
              label={t('opportunityUi.projectDirection')}
              extra={t('opportunityUi.projectDirectionHint')}
              rules={[requiredRule]}
            >
              <Select
                options={DIRECTION_CODES.map((d) => ({
                  value: d,
                  label: t('opportunityUi.directionOption', {
                    name: inLang(PROJECT_DIRECTIONS[d].name, lang),
                    citation: PROJECT_DIRECTIONS[d].citation,
                  }),
                }))}
                data-testid="opportunity-accept-direction"
              />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="projectId"
            label={t('opportunityUi.projectExisting')}
            rules={[requiredRule]}
            extra={projects.length === 0 ? t('opportunityUi.noProjects') : undefined}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={projects.map((p) => ({
                value: p.id,
                label: t('opportunityUi.projectOption', {
                  name: p.name,
                  direction: inLang(PROJECT_DIRECTIONS[p.direction].name, lang),
                  status: sharedText(t, `projects.status_${p.status}`),
                }),
              }))}
              data-testid="opportunity-accept-project"
            />
          </Form.Item>
        )}
        {failure && <Alert type="error" showIcon title={failure} data-testid="opportunity-accept-error" />}
      </Form>
    </Modal>
  );
}
