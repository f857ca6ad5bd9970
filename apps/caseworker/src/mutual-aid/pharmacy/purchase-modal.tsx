import { formatFen } from '@bangfu/client';
import { PharmacyPurchaseSchema } from '@bangfu/domain';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../aid/components/idempotency-key';
import { yuanTextToFen } from '../../aid/components/yuan';
import type { PharmacyAccount } from '../api/types';
import { usePharmacyPurchase } from '../api/use-fund';
import { MaErrorAlert } from '../components/ma-error-alert';
import { useMaSubmit } from '../components/use-ma-submit';
import { useMaT } from '../i18n/use-ma-t';

interface PurchaseValues {
  amountYuan?: string;
  pharmacy?: string;
}

/** 购药: a purchase at a designated pharmacy; one key per opening, so a resend records it once. */
export function PurchaseModal({ account, onClose }: { account: PharmacyAccount; onClose: () => void }) {
  const t = useMaT();
  const { message } = App.useApp();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [form] = Form.useForm<PurchaseValues>();
  const purchase = usePharmacyPurchase();
  const { problem, check } = useMaSubmit(PharmacyPurchaseSchema);
  const submit = () => {
    const v = form.getFieldsValue(true) as PurchaseValues;
    const input = check({
      accountId: account.id,
      amountFen: yuanTextToFen(v.amountYuan) ?? Number.NaN,
      pharmacy: v.pharmacy,
      idempotencyKey,
    });
    if (!input) return;
    purchase.mutate(input, {
      onSuccess: (r) => {
        message.success(t('ma.ph.purchased', { amount: formatFen(r.balanceFen) }));
        onClose();
      },
    });
  };
  return (
    <Modal
      open
      title={`${t('ma.ph.purchase')} · ${account.memberName}`}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={purchase.isPending}
      okText={t('ma.form.save')}
      cancelText={t('ma.form.cancel')}
      okButtonProps={{ 'data-testid': 'ma-purchase-save' }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('ma.ph.balance')}:{formatFen(account.balanceFen)}
      </Typography.Paragraph>
      <Form<PurchaseValues> form={form} layout="vertical">
        <Form.Item name="pharmacy" label={t('ma.ph.pharmacy')} required>
          <Input maxLength={100} data-testid="ma-purchase-pharmacy" />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('ma.ph.purchaseAmount')} required>
          <Input inputMode="decimal" prefix="¥" data-testid="ma-purchase-amount" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={t('ma.form.problem', { msg: problem })} />}
      <MaErrorAlert error={purchase.error} />
    </Modal>
  );
}
