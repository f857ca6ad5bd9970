import { fenToYuanInput, formatFen, labelIn, useLang } from '@bangfu/client';
import { LIUPANSHUI_PHARMACY_SUBSIDY, PayerKind, PharmacyTopUpSchema } from '@bangfu/domain';
import { Alert, App, Form, Input, Modal } from 'antd';
import { yuanTextToFen } from '../../aid/components/yuan';
import { usePharmacyTopUp } from '../api/use-fund';
import { MaErrorAlert } from '../components/ma-error-alert';
import { useMaSubmit } from '../components/use-ma-submit';
import { useMaT } from '../i18n/use-ma-t';

const fen = (text: string | undefined) => yuanTextToFen(text) ?? Number.NaN;
// The 六盘水 split is the starting point; the amounts are the officer's to change.
const DEFAULT = LIUPANSHUI_PHARMACY_SUBSIDY;

/** 年度充值 for the extremely poor members under a union: once per member and year, split by payer. */
export function TopUpModal(props: { orgId: string; year: number; onClose: () => void }) {
  const t = useMaT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string>>();
  const topUp = usePharmacyTopUp();
  const { problem, check } = useMaSubmit(PharmacyTopUpSchema);
  const submit = () => {
    const v = form.getFieldsValue(true) as Record<string, string>;
    const input = check({
      orgId: props.orgId,
      year: props.year,
      amountFen: fen(v.amount),
      split: DEFAULT.split.map((s) => ({ payer: s.payer, fen: fen(v[s.payer]) })),
    });
    if (!input) return;
    topUp.mutate(input, {
      onSuccess: (r) => {
        message.success(
          t('ma.ph.toppedUpDone', {
            n: r.toppedUp,
            amount: formatFen(r.totalFen),
            skipped: r.alreadyToppedUp,
          }),
        );
        props.onClose();
      },
    });
  };
  const initial = Object.fromEntries([
    ['amount', fenToYuanInput(DEFAULT.yearlyTopUpFen)],
    ...DEFAULT.split.map((s) => [s.payer, fenToYuanInput(s.fen)]),
  ]);
  return (
    <Modal
      open
      title={`${t('ma.ph.topUp')} · ${props.year}`}
      onOk={submit}
      onCancel={props.onClose}
      confirmLoading={topUp.isPending}
      okText={t('ma.form.save')}
      cancelText={t('ma.form.cancel')}
      okButtonProps={{ 'data-testid': 'ma-topup-save' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="amount" label={t('ma.ph.amount')} required>
          <Input inputMode="decimal" prefix="¥" data-testid="ma-topup-amount" />
        </Form.Item>
        {DEFAULT.split.map((s) => (
          <Form.Item
            key={s.payer}
            name={s.payer}
            label={`${t('ma.ph.split')}:${labelIn(PayerKind.labels[s.payer], lang)}`}
            required
          >
            <Input inputMode="decimal" prefix="¥" data-testid={`ma-topup-${s.payer}`} />
          </Form.Item>
        ))}
      </Form>
      {problem && <Alert type="error" showIcon title={t('ma.form.problem', { msg: problem })} />}
      <MaErrorAlert error={topUp.error} />
    </Modal>
  );
}
