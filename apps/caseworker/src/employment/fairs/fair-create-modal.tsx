import { useLang } from '@bangfu/client';
import { FairInputSchema, FairProgramme } from '@bangfu/domain';
import { Alert, App, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/current-user';
import { DivisionCascader } from '../../components/division-cascader';
import { EnumSelect } from '../../components/enum-select';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { useT } from '../../i18n/use-t';
import { useCreateFair } from '../api/use-fairs';
import { ActionErrorAlert } from '../components/action-error-alert';
import { useSchemaForm } from '../form/use-schema-form';
import { validateDraft } from '../form/validate';
import { FAIR_FIELDS, type FairFormValues, fairFieldOf, toFairDraft } from './fair-form';

/** 新建招聘会: created as a draft (筹备中); booths are added on its page, then it is published. */
export function FairCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const create = useCreateFair();
  const { form, general, submit } = useSchemaForm({
    validate: (v: FairFormValues) =>
      validateDraft(FairInputSchema, toFairDraft(v), [], fairFieldOf, FAIR_FIELDS, lang, t),
    onValid: (input) =>
      create.mutateAsync(input).then(({ id }) => {
        message.success(t('emp.created'));
        onClose();
        navigate(`/employment/fairs/${id}`);
      }),
    fieldOf: fairFieldOf,
    shown: FAIR_FIELDS,
  });
  return (
    <Modal
      open={open}
      title={t('emp.fairs.new')}
      width={720}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'fair-save' }}
      onOk={submit}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<FairFormValues>
        form={form}
        layout="vertical"
        initialValues={{ organiserOrgId: me.org.id, programme: 'SPRING_BREEZE' }}
        onFinish={submit}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="name" label={t('emp.fair.name')} required>
              <Input maxLength={100} data-testid="fair-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="programme" label={t('emp.fair.programme')} required>
              <EnumSelect enumDef={FairProgramme} data-testid="fair-programme" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="organiserOrgId" label={t('emp.fair.organiser')} required>
              <OrgTreeSelect data-testid="fair-organiser" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="division" label={t('emp.fair.divisionCode')} required>
              <DivisionCascader changeOnSelect data-testid="fair-division" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="dates" label={t('emp.fair.dates')} required>
              <DatePicker.RangePicker style={{ width: '100%' }} data-testid="fair-dates" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="venue" label={t('emp.fair.venue')} required>
              <Input maxLength={200} data-testid="fair-venue" />
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
