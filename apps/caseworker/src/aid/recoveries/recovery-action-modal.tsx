import { businessToday } from '@bangfu/client';
import { RecoverySettleSchema, RecoveryWaiveSchema } from '@bangfu/domain';
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useModalSubmit } from '../../components/use-modal-submit';
import type { RecoveryRow } from '../api/types';
import { useSettleRecovery, useWaiveRecovery } from '../api/use-payments';
import { AidErrorAlert } from '../components/aid-error-alert';
import { useAidT } from '../i18n/use-aid-t';

interface Props {
  recovery: RecoveryRow;
  action: 'settle' | 'waive';
  onClose: () => void;
}

/** 登记追回 (money came back: a reversing ledger entry) or 核销 (written off, with a reason). */
export function RecoveryActionModal({ recovery, action, onClose }: Props) {
  const t = useAidT();
  const settle = useSettleRecovery();
  const waive = useWaiveRecovery();
  const [settledOn, setSettledOn] = useState<Dayjs | null>(() => dayjs(businessToday()));
  const [reason, setReason] = useState('');
  const settleSubmit = useModalSubmit(RecoverySettleSchema, t('aid.recovery.done'));
  const waiveSubmit = useModalSubmit(RecoveryWaiveSchema, t('aid.recovery.done'));
  const ids = { recoveryId: recovery.id, expectedVersion: recovery.version };
  const onOk = () =>
    action === 'settle'
      ? settleSubmit.submit({ ...ids, settledOn: settledOn?.format('YYYY-MM-DD') }, settle.mutate, onClose)
      : waiveSubmit.submit({ ...ids, reason }, waive.mutate, onClose);
  const problem = action === 'settle' ? settleSubmit.problem : waiveSubmit.problem;
  return (
    <Modal
      open
      title={action === 'settle' ? t('aid.recovery.settle') : t('aid.recovery.waive')}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'recovery-save' }}
      confirmLoading={settle.isPending || waive.isPending}
      onOk={onOk}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        {action === 'settle' ? (
          <Form.Item label={t('aid.recovery.settledOn')} required>
            <DatePicker value={settledOn} onChange={setSettledOn} data-testid="recovery-date" />
          </Form.Item>
        ) : (
          <Form.Item label={t('aid.recovery.waiveReason')} required>
            <Input.TextArea
              rows={3}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              data-testid="recovery-reason"
            />
          </Form.Item>
        )}
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <AidErrorAlert error={settle.error ?? waive.error} />
    </Modal>
  );
}
