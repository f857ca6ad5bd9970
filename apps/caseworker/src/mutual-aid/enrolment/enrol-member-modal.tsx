import { labelIn, useLang } from '@bangfu/client';
import { EnrolInputSchema } from '@bangfu/domain';
import { Alert, App, Checkbox, Form, Input, Modal, Switch } from 'antd';
import type { Scheme } from '../api/types';
import { useEnrol } from '../api/use-schemes';
import { MaErrorAlert } from '../components/ma-error-alert';
import { useMaSubmit } from '../components/use-ma-submit';
import { useMaT } from '../i18n/use-ma-t';

interface MemberValues {
  name?: string;
  idNumber?: string;
  inService?: boolean;
  unionMember?: boolean;
  planCodes?: string[];
}

/** 单个登记: one person of the unit into the chosen plans; birth date and sex come from the ID number. */
export function EnrolMemberModal(props: { unitId: string; scheme: Scheme; onClose: () => void }) {
  const t = useMaT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberValues>();
  const enrol = useEnrol();
  const { problem, check } = useMaSubmit(EnrolInputSchema);
  const submit = () => {
    const v = form.getFieldsValue(true) as MemberValues;
    const input = check({
      unitId: props.unitId,
      schemeId: props.scheme.id,
      termYear: props.scheme.termYear,
      planCodes: v.planCodes ?? [],
      member: { name: v.name, idNumber: v.idNumber, inService: v.inService, unionMember: v.unionMember },
    });
    if (!input) return;
    enrol.mutate(input, {
      onSuccess: (r) => {
        const n = r.enrolments.length;
        message.success(r.hardship ? t('ma.enrol.hardshipLinked', { n }) : t('ma.enrol.done', { n }));
        props.onClose();
      },
    });
  };
  return (
    <Modal
      open
      title={t('ma.enrol.one')}
      onOk={submit}
      onCancel={props.onClose}
      confirmLoading={enrol.isPending}
      okText={t('ma.enrol.submit')}
      cancelText={t('ma.form.cancel')}
      okButtonProps={{ 'data-testid': 'ma-enrol-save' }}
      destroyOnHidden
    >
      <Form<MemberValues>
        form={form}
        layout="vertical"
        initialValues={{ inService: true, unionMember: true }}
      >
        <Form.Item name="name" label={t('ma.enrol.name')} required>
          <Input maxLength={50} data-testid="ma-enrol-name" />
        </Form.Item>
        <Form.Item name="idNumber" label={t('ma.enrol.idNumber')} required>
          <Input maxLength={18} autoComplete="off" data-testid="ma-enrol-id" />
        </Form.Item>
        <Form.Item name="inService" label={t('ma.enrol.inService')} valuePropName="checked">
          <Switch data-testid="ma-enrol-in-service" />
        </Form.Item>
        <Form.Item name="unionMember" label={t('ma.enrol.unionMember')} valuePropName="checked">
          <Switch data-testid="ma-enrol-union-member" />
        </Form.Item>
        <Form.Item name="planCodes" label={t('ma.enrol.plans')} required>
          <Checkbox.Group
            data-testid="ma-enrol-plans"
            options={props.scheme.body.plans.map((p) => ({ value: p.code, label: labelIn(p.name, lang) }))}
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={t('ma.form.problem', { msg: problem })} />}
      <MaErrorAlert error={enrol.error} />
    </Modal>
  );
}
