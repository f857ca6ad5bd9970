import { NoticeScope, OpenNoticeSchema } from '@bangfu/domain';
import { Checkbox, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useOpenNotice } from '../api/use-case-steps';
import { isoDate, today } from '../components/dates';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';
import type { StepProps } from './step-props';

interface Values {
  startDate: Dayjs;
  scopes: NoticeScope[];
}

/** 开始公示: the end date follows from the working-day calendar on the server. */
export function OpenNoticeForm({ householdId, version, onReload }: StepProps) {
  const t = useIdentT();
  const label = useEnumLabel();
  const open = useOpenNotice();
  const { form, general, submit } = useStepForm({
    schema: OpenNoticeSchema,
    fields: ['startDate', 'scopes'],
    toInput: (v: Values) => ({
      householdId,
      expectedVersion: version,
      startDate: isoDate(v.startDate),
      scopes: v.scopes?.length ? v.scopes : undefined,
    }),
    run: (input) => open.mutateAsync(input),
  });
  return (
    <StepFormShell<Values>
      title={t('id.notice.open')}
      testId="notice-form"
      form={form}
      initialValues={{ startDate: today(), scopes: [...NoticeScope.values] }}
      general={general}
      error={open.error}
      pending={open.isPending}
      onSubmit={submit}
      onReload={onReload}
    >
      <Form.Item name="startDate" label={t('id.notice.startDate')} required>
        <DatePicker data-testid="notice-start-date" />
      </Form.Item>
      <Form.Item name="scopes" label={t('id.notice.scopes')}>
        <Checkbox.Group
          data-testid="notice-scopes"
          options={NoticeScope.values.map((s) => ({ value: s, label: label(NoticeScope, s) }))}
        />
      </Form.Item>
    </StepFormShell>
  );
}
