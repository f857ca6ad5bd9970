import { IncomeCheckSchema } from '@bangfu/domain';
import { Checkbox, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRecordIncomeCheck } from '../api/use-case-steps';
import { isoDate, today } from '../components/dates';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';
import type { StepProps } from './step-props';

interface Values {
  centre: string;
  requestedOn: Dayjs;
  respondedOn: Dayjs;
  resultSummary: string;
  discrepancy: boolean;
}

/** 家庭经济状况核对: the civil-affairs centre's answer, as a summary without figures. */
export function IncomeCheckForm({ householdId, version, onReload }: StepProps) {
  const t = useIdentT();
  const record = useRecordIncomeCheck();
  const { form, general, submit } = useStepForm({
    schema: IncomeCheckSchema,
    fields: ['centre', 'requestedOn', 'respondedOn', 'resultSummary', 'discrepancy'],
    toInput: (v: Values) => ({
      householdId,
      expectedVersion: version,
      ...v,
      discrepancy: !!v.discrepancy,
      requestedOn: isoDate(v.requestedOn),
      respondedOn: isoDate(v.respondedOn),
    }),
    run: (input) => record.mutateAsync(input),
  });
  return (
    <StepFormShell<Values>
      title={t('id.income.title')}
      testId="income-form"
      form={form}
      initialValues={{ requestedOn: today(), respondedOn: today(), discrepancy: false }}
      general={general}
      error={record.error}
      pending={record.isPending}
      onSubmit={submit}
      onReload={onReload}
    >
      <Form.Item name="centre" label={t('id.income.centre')} required>
        <Input maxLength={100} data-testid="income-centre" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="requestedOn" label={t('id.income.requestedOn')} required>
          <DatePicker data-testid="income-requested-on" />
        </Form.Item>
        <Form.Item name="respondedOn" label={t('id.income.respondedOn')} required>
          <DatePicker data-testid="income-responded-on" />
        </Form.Item>
      </Space>
      <Form.Item name="resultSummary" label={t('id.income.summary')} required>
        <Input.TextArea rows={2} maxLength={200} data-testid="income-summary" />
      </Form.Item>
      <Form.Item name="discrepancy" valuePropName="checked">
        <Checkbox data-testid="income-discrepancy">{t('id.income.discrepancy')}</Checkbox>
      </Form.Item>
    </StepFormShell>
  );
}
