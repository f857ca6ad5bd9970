import { businessToday, labelIn, useLang } from '@bangfu/client';
import { PayerKind, PayerPaymentSchema } from '@bangfu/domain';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { yuanTextToFen } from '../../aid/components/yuan';
import type { FundAccounts } from '../api/types';
import { useRecordPayerPayment } from '../api/use-fund';
import { MaErrorAlert } from '../components/ma-error-alert';
import { useMaSubmit } from '../components/use-ma-submit';
import { useMaT } from '../i18n/use-ma-t';

interface PaymentValues {
  line?: string;
  amountYuan?: string;
  paidOn?: Dayjs | null;
  reference?: string;
}

const lineKey = (a: { payer: string; payerOrgId: string | null }) => `${a.payer}|${a.payerOrgId ?? ''}`;

/** 登记到账: what one payer (one line of the accounts) paid in; allocated to its oldest shares. */
export function PayerPaymentModal(props: { schemeId: string; accounts: FundAccounts; onClose: () => void }) {
  const t = useMaT();
  const { lang } = useLang();
  const [form] = Form.useForm<PaymentValues>();
  const record = useRecordPayerPayment();
  const { problem, check } = useMaSubmit(PayerPaymentSchema);
  const submit = () => {
    const v = form.getFieldsValue(true) as PaymentValues;
    const line = props.accounts.accounts.find((a) => lineKey(a) === v.line);
    const input = check({
      schemeId: props.schemeId,
      payer: line?.payer,
      payerOrgId: line?.payerOrgId ?? null,
      amountFen: yuanTextToFen(v.amountYuan) ?? Number.NaN,
      paidOn: v.paidOn ? v.paidOn.format('YYYY-MM-DD') : businessToday(),
      reference: v.reference,
    });
    if (input) record.mutate(input, { onSuccess: props.onClose });
  };
  return (
    <Modal
      open
      title={t('ma.acc.record')}
      onOk={submit}
      onCancel={props.onClose}
      confirmLoading={record.isPending}
      okText={t('ma.form.save')}
      cancelText={t('ma.form.cancel')}
      okButtonProps={{ 'data-testid': 'ma-payment-save' }}
      destroyOnHidden
    >
      <Form<PaymentValues> form={form} layout="vertical">
        <Form.Item name="line" label={t('ma.acc.payer')} required>
          <Select
            data-testid="ma-payment-payer"
            options={props.accounts.accounts.map((a) => ({
              value: lineKey(a),
              label: `${labelIn(PayerKind.labels[a.payer as PayerKind], lang)}${a.payerOrgName ? ` · ${a.payerOrgName}` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('ma.acc.amount')} required>
          <Input inputMode="decimal" prefix="¥" data-testid="ma-payment-amount" />
        </Form.Item>
        <Form.Item name="paidOn" label={t('ma.acc.paidOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reference" label={t('ma.acc.reference')} required>
          <Input maxLength={100} data-testid="ma-payment-reference" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={t('ma.form.problem', { msg: problem })} />}
      <MaErrorAlert error={record.error} />
    </Modal>
  );
}
