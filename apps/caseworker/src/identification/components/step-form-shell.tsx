import { Alert, Button, Card, Flex, Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useIdentT } from '../i18n/use-ident-t';
import { StepErrorAlert } from './step-error-alert';

interface StepFormShellProps<V> {
  title: string;
  testId: string;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  general: string[];
  error: unknown;
  pending: boolean;
  onSubmit: () => void;
  onReload?: () => void;
  submitLabel?: string;
  children: ReactNode;
}

/** The frame every step's form shares: fields, problems, the server's refusal, one submit button. */
export function StepFormShell<V>(props: StepFormShellProps<V>) {
  const t = useIdentT();
  return (
    <Card size="small" title={props.title} data-testid={props.testId}>
      <Form<V>
        form={props.form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={props.onSubmit}
        disabled={props.pending}
      >
        {props.children}
        <Flex vertical gap={8}>
          {props.general.length > 0 && (
            <Alert
              type="error"
              showIcon
              data-testid="step-form-problems"
              title={
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {props.general.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              }
            />
          )}
          <StepErrorAlert error={props.error} onReload={props.onReload} />
          <div>
            <Button
              type="primary"
              htmlType="submit"
              loading={props.pending}
              data-testid={`${props.testId}-submit`}
            >
              {props.submitLabel ?? t('id.step.save')}
            </Button>
          </div>
        </Flex>
      </Form>
    </Card>
  );
}
