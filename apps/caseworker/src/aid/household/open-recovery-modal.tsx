import { formatFen, useLang } from '@bangfu/client';
import { RecoveryOpenSchema } from '@bangfu/domain';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { issueMessage } from '../../households/form/form-errors';
import { useT } from '../../i18n/use-t';
import { useOpenRecovery } from '../api/use-payments';
import { AidErrorAlert } from '../components/aid-error-alert';
import { useAidT } from '../i18n/use-aid-t';

/**
 * 追回 found by staff (a correction): every payment of the household not yet reversed becomes due,
 * with the reason given here; the recoveries page then settles or waives each one.
 */
export function OpenRecoveryModal({ householdId, onClose }: { householdId: string; onClose: () => void }) {
  const t = useAidT();
  const tc = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const open = useOpenRecovery();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const onOk = () => {
    const parsed = RecoveryOpenSchema.safeParse({ householdId, reason, source: 'CORRECTION' });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setProblem(issue ? issueMessage(issue, lang, tc) : tc('zod.invalid'));
    }
    setProblem(null);
    open.mutate(parsed.data, {
      onSuccess: (r) => {
        if (r.count === 0) message.info(t('aid.recovery.nothingToOpen'));
        else message.success(t('aid.recovery.opened', { n: r.count, amount: formatFen(r.totalFen) }));
        onClose();
      },
    });
  };
  return (
    <Modal
      open
      title={t('aid.recovery.openTitle')}
      okText={t('aid.recovery.open')}
      okButtonProps={{ danger: true, 'data-testid': 'recovery-open-save' }}
      confirmLoading={open.isPending}
      onOk={onOk}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('aid.recovery.openHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('aid.recovery.openReason')} required>
          <Input.TextArea
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="recovery-open-reason"
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <AidErrorAlert error={open.error} />
    </Modal>
  );
}
