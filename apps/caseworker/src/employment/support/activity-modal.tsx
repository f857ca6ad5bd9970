import { errorMessage, labelKey, useLang } from '@bangfu/client';
import { StartupActivityKind } from '@bangfu/domain';
import { Alert, DatePicker, Form, Input, Modal, message, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useAddStartupActivity } from './support-api';
import { useSupportT } from './use-support-t';

interface Values {
  kind: StartupActivityKind;
  heldOn: Dayjs;
  note: string;
  outcome?: string;
}

/** Records one guidance, consulting, venue, tax-relief or follow-up activity at the case's version. */
export function ActivityModal(props: {
  caseId: string;
  version: number;
  open: boolean;
  onClose: () => void;
}) {
  const t = useSupportT();
  const { lang } = useLang();
  const [form] = Form.useForm<Values>();
  const add = useAddStartupActivity();
  const submit = async (v: Values) => {
    await add.mutateAsync({
      caseId: props.caseId,
      version: props.version,
      kind: v.kind,
      heldOn: v.heldOn.format('YYYY-MM-DD'),
      note: v.note,
      outcome: v.outcome ?? null,
    });
    message.success(t('sup.activity.added'));
    form.resetFields();
    props.onClose();
  };
  return (
    <Modal
      open={props.open}
      title={t('sup.activity.add')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      {add.error && (
        <Alert type="error" showIcon message={errorMessage(add.error, lang)} style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => submit(v).catch(() => undefined)}>
        <Form.Item name="kind" label={t('sup.activity.kind')} rules={[{ required: true }]}>
          <Select
            options={StartupActivityKind.values.map((k) => ({
              value: k,
              label: StartupActivityKind.label(k, labelKey(lang)),
            }))}
          />
        </Form.Item>
        <Form.Item name="heldOn" label={t('sup.activity.heldOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label={t('sup.activity.note')} rules={[{ required: true, max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="outcome" label={t('sup.activity.outcome')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
