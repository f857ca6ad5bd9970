import { HandleObjectionSchema } from '@bangfu/domain';
import { Form, Input, Radio } from 'antd';
import { useHandleObjection } from '../api/use-case-steps';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';

interface Values {
  upheld: boolean;
  handling: string;
}

/** 处理异议: upheld sends the case back to re-survey; dismissed lets the notice run out. */
export function HandleObjectionForm({ objectionId }: { objectionId: string }) {
  const t = useIdentT();
  const handle = useHandleObjection();
  const { form, general, submit } = useStepForm({
    schema: HandleObjectionSchema,
    fields: ['upheld', 'handling'],
    toInput: (v: Values) => ({ objectionId, upheld: !!v.upheld, handling: v.handling }),
    run: (input) => handle.mutateAsync(input),
  });
  return (
    <StepFormShell<Values>
      title={t('id.notice.handle')}
      testId="objection-form"
      form={form}
      initialValues={{ upheld: false }}
      general={general}
      error={handle.error}
      pending={handle.isPending}
      onSubmit={submit}
    >
      <Form.Item name="upheld" required>
        <Radio.Group
          options={[
            { value: false, label: t('id.notice.dismissed') },
            { value: true, label: t('id.notice.upheld') },
          ]}
        />
      </Form.Item>
      <Form.Item name="handling" label={t('id.notice.handling')} required>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </StepFormShell>
  );
}
