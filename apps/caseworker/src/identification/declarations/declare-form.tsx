import { DeclarationKind, DeclareSchema } from '@bangfu/domain';
import { Form, Input, Radio } from 'antd';
import { useDeclare } from '../api/use-declarations';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';

interface Values {
  kind: DeclarationKind;
  idNumber?: string;
  relation?: string;
  personName?: string;
  employerName?: string;
}

const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** 回避申报: one's own ID number, a relative's, or one's employer. */
export function DeclareForm() {
  const t = useIdentT();
  const declare = useDeclare();
  const { form, general, submit } = useStepForm({
    schema: DeclareSchema,
    fields: ['kind', 'idNumber', 'relation', 'personName', 'employerName'],
    toInput: (v: Values) => ({
      kind: v.kind,
      idNumber: v.kind === 'EMPLOYER' ? undefined : blank(v.idNumber)?.toUpperCase(),
      relation: v.kind === 'RELATIVE' ? blank(v.relation) : undefined,
      personName: v.kind === 'RELATIVE' ? blank(v.personName) : undefined,
      employerName: v.kind === 'EMPLOYER' ? blank(v.employerName) : undefined,
    }),
    run: (input) => declare.mutateAsync(input),
    onDone: (): void => form.resetFields(['idNumber', 'relation', 'personName', 'employerName']),
  });
  const kind = Form.useWatch('kind', form) ?? 'RELATIVE';
  return (
    <StepFormShell<Values>
      title={t('id.decl.add')}
      testId="declare-form"
      form={form}
      initialValues={{ kind: 'RELATIVE' }}
      general={general}
      error={declare.error}
      pending={declare.isPending}
      onSubmit={submit}
      submitLabel={t('id.decl.add')}
    >
      <Form.Item name="kind" label={t('id.decl.kind')} required>
        <Radio.Group
          data-testid="declare-kind"
          options={DeclarationKind.values.map((k) => ({ value: k, label: t(`id.decl.kind.${k}`) }))}
        />
      </Form.Item>
      {kind !== 'EMPLOYER' && (
        <Form.Item name="idNumber" label={t('id.decl.idNumber')} required>
          <Input maxLength={18} autoComplete="off" data-testid="declare-id-number" />
        </Form.Item>
      )}
      {kind === 'RELATIVE' && (
        <>
          <Form.Item name="personName" label={t('id.decl.personName')} required>
            <Input maxLength={50} data-testid="declare-person-name" />
          </Form.Item>
          <Form.Item name="relation" label={t('id.decl.relation')} required>
            <Input maxLength={20} data-testid="declare-relation" />
          </Form.Item>
        </>
      )}
      {kind === 'EMPLOYER' && (
        <Form.Item name="employerName" label={t('id.decl.employerName')} required>
          <Input maxLength={100} data-testid="declare-employer" />
        </Form.Item>
      )}
    </StepFormShell>
  );
}
