import { ApplicationChannel, ConsentPurpose, SubmitApplicationSchema } from '@bangfu/domain';
import { Checkbox, DatePicker, Form, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useSubmitApplication } from '../api/use-case-steps';
import { isoDate, today } from '../components/dates';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { type IdentMessageKey, useIdentT } from '../i18n/use-ident-t';
import type { StepProps } from './step-props';

/** The version of the consent notice the worker read and signed (告知书版本). */
const CONSENT_NOTICE_VERSION = '2026-1';

interface Values {
  channel: ApplicationChannel;
  appliedOn: Dayjs;
  consents: Record<ConsentPurpose, boolean>;
  incomeCommitmentSigned: boolean;
  incomeCheckAuthorised: boolean;
}

/** 提交申请: the channel, the four separate consents (PIPL) and the two signed forms. */
export function SubmitApplicationForm({ householdId, version, onReload }: StepProps) {
  const t = useIdentT();
  const submit = useSubmitApplication();
  const {
    form,
    general,
    submit: onSubmit,
  } = useStepForm({
    schema: SubmitApplicationSchema,
    fields: ['channel', 'appliedOn', 'consents', 'incomeCommitmentSigned', 'incomeCheckAuthorised'],
    toInput: (v: Values) => {
      const at = new Date().toISOString();
      const consent = (granted: boolean | undefined) => ({
        granted: !!granted,
        version: CONSENT_NOTICE_VERSION,
        at,
      });
      return {
        householdId,
        expectedVersion: version,
        channel: v.channel,
        appliedOn: isoDate(v.appliedOn),
        consents: Object.fromEntries(ConsentPurpose.values.map((p) => [p, consent(v.consents?.[p])])),
        incomeCommitmentSigned: !!v.incomeCommitmentSigned,
        incomeCheckAuthorised: !!v.incomeCheckAuthorised,
      };
    },
    run: (input) => submit.mutateAsync(input),
  });
  return (
    <StepFormShell<Values>
      title={t('id.submit.title')}
      testId="submit-form"
      form={form}
      initialValues={{ channel: 'COMMUNITY', appliedOn: today() }}
      general={general}
      error={submit.error}
      pending={submit.isPending}
      onSubmit={onSubmit}
      onReload={onReload}
    >
      <Form.Item name="channel" label={t('id.submit.channel')} required>
        <Radio.Group
          data-testid="submit-channel"
          options={ApplicationChannel.values.map((c) => ({ value: c, label: t(`id.submit.channel.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="appliedOn" label={t('id.submit.appliedOn')} required>
        <DatePicker data-testid="submit-applied-on" />
      </Form.Item>
      <Form.Item label={t('id.submit.consents')} required style={{ marginBottom: 8 }}>
        {ConsentPurpose.values.map((p) => (
          <Form.Item key={p} name={['consents', p]} valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox data-testid={`consent-${p}`}>{t(`id.submit.consent.${p}` as IdentMessageKey)}</Checkbox>
          </Form.Item>
        ))}
      </Form.Item>
      <Form.Item label={t('id.submit.forms')} required style={{ marginBottom: 8 }}>
        <Form.Item name="incomeCommitmentSigned" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox data-testid="form-income-commitment">{t('id.submit.incomeCommitment')}</Checkbox>
        </Form.Item>
        <Form.Item name="incomeCheckAuthorised" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox data-testid="form-income-check-authorised">
            {t('id.submit.incomeCheckAuthorised')}
          </Checkbox>
        </Form.Item>
      </Form.Item>
    </StepFormShell>
  );
}
