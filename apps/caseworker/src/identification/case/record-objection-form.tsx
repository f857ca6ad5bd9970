import { ObjectionChannel, RecordObjectionSchema } from '@bangfu/domain';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useRecordObjection } from '../api/use-case-steps';
import { isoDate, today } from '../components/dates';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';

interface Values {
  receivedOn: Dayjs;
  channel: ObjectionChannel;
  summary: string;
}

/** 登记异议 received during the notice; an open objection keeps the notice open until handled. */
export function RecordObjectionForm({ noticeId }: { noticeId: string }) {
  const t = useIdentT();
  const label = useEnumLabel();
  const record = useRecordObjection();
  const { form, general, submit } = useStepForm({
    schema: RecordObjectionSchema,
    fields: ['receivedOn', 'channel', 'summary'],
    toInput: (v: Values) => ({ noticeId, ...v, receivedOn: isoDate(v.receivedOn) }),
    run: (input) => record.mutateAsync(input),
    onDone: (): void => form.resetFields(['summary']),
  });
  return (
    <StepFormShell<Values>
      title={t('id.notice.recordObjection')}
      testId="record-objection"
      form={form}
      initialValues={{ receivedOn: today(), channel: 'HOTLINE' }}
      general={general}
      error={record.error}
      pending={record.isPending}
      onSubmit={submit}
    >
      <Form.Item name="receivedOn" label={t('id.notice.receivedOn')} required>
        <DatePicker />
      </Form.Item>
      <Form.Item name="channel" label={t('id.notice.channel')} required>
        <Select
          style={{ width: 200 }}
          options={ObjectionChannel.values.map((c) => ({ value: c, label: label(ObjectionChannel, c) }))}
        />
      </Form.Item>
      <Form.Item name="summary" label={t('id.notice.summary')} required>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </StepFormShell>
  );
}
