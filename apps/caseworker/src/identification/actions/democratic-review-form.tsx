import { DemocraticReviewOutcome, DemocraticReviewSchema } from '@bangfu/domain';
import { Button, DatePicker, Form, Input, InputNumber, Radio, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useRecordDemocraticReview } from '../api/use-case-steps';
import { isoDate, today } from '../components/dates';
import { StaffSelect } from '../components/staff-select';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';
import type { StepProps } from './step-props';

interface Values {
  meetingDate: Dayjs;
  participantUserIds: string[];
  otherParticipants: { name: string; role: string }[];
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  outcome: DemocraticReviewOutcome;
  minutes: string;
}

/** 民主评议: who took part, the vote and the minutes; everyone named passes the recusal check. */
export function DemocraticReviewForm({ householdId, version, onReload }: StepProps) {
  const t = useIdentT();
  const label = useEnumLabel();
  const record = useRecordDemocraticReview();
  const { form, general, submit } = useStepForm({
    schema: DemocraticReviewSchema,
    fields: ['meetingDate', 'participantUserIds', 'otherParticipants', 'votesFor', 'outcome', 'minutes'],
    toInput: (v: Values) => ({
      householdId,
      expectedVersion: version,
      ...v,
      meetingDate: isoDate(v.meetingDate),
    }),
    run: (input) => record.mutateAsync(input),
  });
  return (
    <StepFormShell<Values>
      title={t('id.demo.title')}
      testId="democratic-form"
      form={form}
      initialValues={{ meetingDate: today(), outcome: 'PASS', votesFor: 0, votesAgainst: 0, abstentions: 0 }}
      general={general}
      error={record.error}
      pending={record.isPending}
      onSubmit={submit}
      onReload={onReload}
    >
      <Form.Item name="meetingDate" label={t('id.demo.meetingDate')} required>
        <DatePicker data-testid="democratic-date" />
      </Form.Item>
      <Form.Item name="participantUserIds" label={t('id.demo.participants')}>
        <StaffSelect testId="democratic-participants" />
      </Form.Item>
      <Form.List name="otherParticipants">
        {(items, { add, remove }) => (
          <Form.Item label={t('id.demo.others')}>
            {items.map((item) => (
              <Space key={item.key} align="baseline">
                <Form.Item name={[item.name, 'name']} rules={[{ required: true }]}>
                  <Input
                    placeholder={t('id.decl.personName')}
                    data-testid={`democratic-other-name-${item.name}`}
                  />
                </Form.Item>
                <Form.Item name={[item.name, 'role']} rules={[{ required: true }]}>
                  <Input placeholder={t('id.demo.role')} data-testid={`democratic-other-role-${item.name}`} />
                </Form.Item>
                <Button onClick={() => remove(item.name)}>{t('id.demo.remove')}</Button>
              </Space>
            ))}
            <Button onClick={() => add({ name: '', role: '' })} data-testid="democratic-add-other">
              {t('id.calc.add')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Space wrap>
        {(['votesFor', 'votesAgainst', 'abstentions'] as const).map((k) => (
          <Form.Item key={k} name={k} label={t(`id.demo.${k}`)} required>
            <InputNumber min={0} max={1000} data-testid={`democratic-${k}`} />
          </Form.Item>
        ))}
      </Space>
      <Form.Item name="outcome" label={t('id.demo.outcome')} required>
        <Radio.Group
          data-testid="democratic-outcome"
          options={DemocraticReviewOutcome.values.map((o) => ({
            value: o,
            label: label(DemocraticReviewOutcome, o),
          }))}
        />
      </Form.Item>
      <Form.Item name="minutes" label={t('id.demo.minutes')} required>
        <Input.TextArea rows={3} maxLength={5000} data-testid="democratic-minutes" />
      </Form.Item>
    </StepFormShell>
  );
}
