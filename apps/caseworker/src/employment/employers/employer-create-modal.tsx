import { useLang } from '@bangfu/client';
import { EmployerInputSchema } from '@bangfu/domain';
import { Alert, App, Col, Form, Input, Modal, Row } from 'antd';
import { useCurrentUser } from '../../auth/current-user';
import { DivisionCascader } from '../../components/division-cascader';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { useT } from '../../i18n/use-t';
import { useCreateEmployer } from '../api/use-employers';
import { ActionErrorAlert } from '../components/action-error-alert';
import { useSchemaForm } from '../form/use-schema-form';
import { validateDraft } from '../form/validate';
import { EMPLOYER_FIELDS, type EmployerFormValues, employerFieldOf, toEmployerDraft } from './employer-form';

interface EmployerCreateModalProps {
  open: boolean;
  onClose: () => void;
}

/** 登记用人单位: filed under a union in the user's scope (their own by default). */
export function EmployerCreateModal({ open, onClose }: EmployerCreateModalProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const create = useCreateEmployer();
  const { form, general, submit } = useSchemaForm({
    validate: (v: EmployerFormValues) =>
      validateDraft(EmployerInputSchema, toEmployerDraft(v), [], employerFieldOf, EMPLOYER_FIELDS, lang, t),
    onValid: (input) =>
      create.mutateAsync(input).then(() => {
        message.success(t('emp.created'));
        form.resetFields();
        onClose();
      }),
    fieldOf: employerFieldOf,
    shown: EMPLOYER_FIELDS,
  });
  return (
    <Modal
      open={open}
      title={t('emp.employers.new')}
      width={720}
      okText={t('save')}
      onOk={submit}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'employer-save' }}
    >
      <Form<EmployerFormValues>
        form={form}
        layout="vertical"
        initialValues={{ orgId: me.org.id }}
        onFinish={submit}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="name" label={t('emp.employer.name')} required>
              <Input maxLength={100} data-testid="employer-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="orgId" label={t('emp.employer.orgId')} required>
              <OrgTreeSelect data-testid="employer-org" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="division" label={t('emp.employer.divisionCode')} required>
              <DivisionCascader data-testid="employer-division" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industry" label={t('emp.employer.industry')} required>
              <Input maxLength={50} data-testid="employer-industry" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="address" label={t('emp.employer.address')} required>
              <Input maxLength={200} data-testid="employer-address" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactName" label={t('emp.employer.contactName')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactPhone" label={t('emp.employer.contactPhone')}>
              <Input maxLength={11} inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        {general.length > 0 && (
          <Alert type="error" showIcon title={t('fixErrors')} description={general.join('；')} />
        )}
        <ActionErrorAlert error={create.error} />
      </Form>
    </Modal>
  );
}
