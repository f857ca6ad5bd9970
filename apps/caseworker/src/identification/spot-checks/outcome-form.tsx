import { RecordSpotCheckOutcomeSchema, SpotCheckOutcome } from '@bangfu/domain';
import { Form, Input, Radio, Select } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useRecordSpotCheckOutcome } from '../api/use-oversight';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';

interface Values {
  outcome: SpotCheckOutcome;
  note: string;
  cancelReason?: 'FALSE_INFORMATION' | 'EXCLUSION';
}

/** 抽查结论 of one sampled file; 错评 cancels the file and opens recoveries on the server. */
export function SpotCheckOutcomeForm({ itemId, version }: { itemId: string; version: number }) {
  const t = useIdentT();
  const label = useEnumLabel();
  const record = useRecordSpotCheckOutcome();
  const { form, general, submit } = useStepForm({
    schema: RecordSpotCheckOutcomeSchema,
    fields: ['outcome', 'note', 'cancelReason'],
    toInput: (v: Values) => ({ itemId, expectedVersion: version, ...v }),
    run: (input) => record.mutateAsync(input),
  });
  const outcome = Form.useWatch('outcome', form);
  return (
    <StepFormShell<Values>
      title={t('id.spot.record')}
      testId="spot-outcome"
      form={form}
      initialValues={{ outcome: 'CORRECT' }}
      general={general}
      error={record.error}
      pending={record.isPending}
      onSubmit={submit}
    >
      <Form.Item name="outcome" label={t('id.spot.outcome')} required>
        <Radio.Group
          options={SpotCheckOutcome.values.map((o) => ({ value: o, label: label(SpotCheckOutcome, o) }))}
        />
      </Form.Item>
      {outcome === 'WRONGLY_INCLUDED' && (
        <Form.Item name="cancelReason" label={t('id.spot.cancelReason')} required>
          <Select
            style={{ width: 240 }}
            options={[
              { value: 'FALSE_INFORMATION', label: t('id.spot.FALSE_INFORMATION') },
              { value: 'EXCLUSION', label: t('id.spot.EXCLUSION') },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('id.spot.note')} required>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </StepFormShell>
  );
}
