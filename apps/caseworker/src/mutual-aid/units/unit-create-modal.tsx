import { UnitInputSchema } from '@bangfu/domain';
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useScopeOrgs } from '../../api/use-scope-orgs';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { useCreateUnit } from '../api/use-schemes';
import { MaErrorAlert } from '../components/ma-error-alert';
import { useMaSubmit } from '../components/use-ma-submit';
import { useMaT } from '../i18n/use-ma-t';

interface UnitValues {
  orgId?: string;
  name?: string;
  staffCount?: number;
}

/** 登记参加单位: the employer's name, its grassroots union (which gives the county) and its staff. */
export function UnitCreateModal({ onClose }: { onClose: () => void }) {
  const t = useMaT();
  const [form] = Form.useForm<UnitValues>();
  const orgs = useScopeOrgs();
  const create = useCreateUnit();
  const { problem, check } = useMaSubmit(UnitInputSchema);
  const submit = () => {
    const v = form.getFieldsValue(true) as UnitValues;
    const org = orgs.data?.find((o) => o.id === v.orgId);
    const input = check({ ...v, divisionCode: org?.divisionCode ?? '' });
    if (input) create.mutate(input, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title={t('ma.units.create')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okText={t('ma.form.save')}
      cancelText={t('ma.form.cancel')}
      okButtonProps={{ 'data-testid': 'ma-unit-save' }}
      destroyOnHidden
    >
      <Form<UnitValues> form={form} layout="vertical" initialValues={{ staffCount: 50 }}>
        <Form.Item name="name" label={t('ma.units.name')} required>
          <Input maxLength={100} data-testid="ma-unit-name" />
        </Form.Item>
        <Form.Item name="orgId" label={t('ma.units.org')} required>
          <OrgTreeSelect data-testid="ma-unit-org" />
        </Form.Item>
        <Form.Item name="staffCount" label={t('ma.units.staff')} required>
          <InputNumber min={0} max={1_000_000} style={{ width: '100%' }} data-testid="ma-unit-staff" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={t('ma.form.problem', { msg: problem })} />}
      <MaErrorAlert error={create.error} />
    </Modal>
  );
}
