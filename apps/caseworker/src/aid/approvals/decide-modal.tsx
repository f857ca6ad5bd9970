import { ApprovalDecision, PaymentApproveSchema } from '@bangfu/domain';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useModalSubmit } from '../../components/use-modal-submit';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { PaymentRequestRow } from '../api/types';
import { useApprovePayment } from '../api/use-payments';
import { AidErrorAlert } from '../components/aid-error-alert';
import { useAidT } from '../i18n/use-aid-t';

/** 审批: approve or refuse a waiting request, always with a reason; ACFTU-level ones need the 全总 reference. */
export function DecideModal({ request, onClose }: { request: PaymentRequestRow; onClose: () => void }) {
  const t = useAidT();
  const label = useEnumLabel();
  const approve = useApprovePayment();
  const [decision, setDecision] = useState<ApprovalDecision>('APPROVE');
  const [reason, setReason] = useState('');
  const [ref, setRef] = useState('');
  const { problem, submit } = useModalSubmit(PaymentApproveSchema, t('aid.approve.done'));
  const acftu = request.requiredLevel === 'ACFTU' && decision === 'APPROVE';
  return (
    <Modal
      open
      title={t('aid.approve.decide')}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'decide-save' }}
      confirmLoading={approve.isPending}
      onOk={() =>
        submit(
          {
            requestId: request.id,
            expectedVersion: request.version,
            decision,
            reason,
            externalApprovalRef: acftu && ref.trim() ? ref : null,
          },
          approve.mutate,
          onClose,
        )
      }
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('aid.approve.decision')} required>
          <Radio.Group
            value={decision}
            onChange={(e) => setDecision(e.target.value)}
            data-testid="decide-decision"
            options={ApprovalDecision.values.map((d) => ({ value: d, label: label(ApprovalDecision, d) }))}
          />
        </Form.Item>
        <Form.Item label={t('aid.approve.reason')} required>
          <Input.TextArea
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="decide-reason"
          />
        </Form.Item>
        {acftu && (
          <Form.Item label={t('aid.approve.ref')} required>
            <Input
              maxLength={100}
              value={ref}
              onChange={(e) => setRef(e.target.value)}
              data-testid="decide-ref"
            />
          </Form.Item>
        )}
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <AidErrorAlert error={approve.error} />
    </Modal>
  );
}
