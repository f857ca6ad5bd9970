import { RecordVerificationSchema, VisitOutcome } from '@bangfu/domain';
import { Form, Input, Radio } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useRecordVerification } from '../api/use-oversight';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';

interface Values {
  findings: string;
  outcome: VisitOutcome;
}

/** 核查结果: what the volunteer found on their visit. */
export function RecordVisitForm({ visitId, version }: { visitId: string; version: number }) {
  const t = useIdentT();
  const label = useEnumLabel();
  const record = useRecordVerification();
  const { form, general, submit } = useStepForm({
    schema: RecordVerificationSchema,
    fields: ['findings', 'outcome'],
    toInput: (v: Values) => ({ visitId, expectedVersion: version, ...v }),
    run: (input) => record.mutateAsync(input),
  });
  return (
    <StepFormShell<Values>
      title={t('id.visits.record')}
      testId="visit-form"
      form={form}
      initialValues={{ outcome: 'CONFIRMED' }}
      general={general}
      error={record.error}
      pending={record.isPending}
      onSubmit={submit}
    >
      <Form.Item name="outcome" label={t('id.visits.outcome')} required>
        <Radio.Group
          options={VisitOutcome.values.map((o) => ({ value: o, label: label(VisitOutcome, o) }))}
        />
      </Form.Item>
      <Form.Item name="findings" label={t('id.visits.findings')} required>
        <Input.TextArea rows={3} maxLength={2000} data-testid="visit-findings" />
      </Form.Item>
    </StepFormShell>
  );
}
