import { ClaimReviewSchema } from '@bangfu/domain';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import type { ClaimDetail } from '../api/types';
import { useReviewClaim } from '../api/use-claims';
import { MaErrorAlert } from '../components/ma-error-alert';
import { useMaSubmit } from '../components/use-ma-submit';
import { useMaT } from '../i18n/use-ma-t';

interface ReviewValues {
  decision?: 'APPROVE' | 'REJECT';
  reason?: string;
}

/** 审核 / 复核: approve or reject with a reason, against the version the reviewer read. */
export function ReviewModal({ claim, onClose }: { claim: ClaimDetail; onClose: () => void }) {
  const t = useMaT();
  const [form] = Form.useForm<ReviewValues>();
  const review = useReviewClaim();
  const { problem, check } = useMaSubmit(ClaimReviewSchema);
  const second = claim.status === 'SECOND_REVIEW';
  const submit = () => {
    const v = form.getFieldsValue(true) as ReviewValues;
    const input = check({ claimId: claim.id, expectedVersion: claim.version, ...v });
    if (input) review.mutate(input, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title={second ? t('ma.claim.review2') : t('ma.claim.review')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={review.isPending}
      okText={t('ma.form.save')}
      cancelText={t('ma.form.cancel')}
      okButtonProps={{ 'data-testid': 'ma-review-save' }}
      destroyOnHidden
    >
      <Form<ReviewValues> form={form} layout="vertical" initialValues={{ decision: 'APPROVE' }}>
        <Form.Item name="decision" label={t('ma.claim.decision')} required>
          <Radio.Group
            data-testid="ma-review-decision"
            options={[
              { value: 'APPROVE', label: t('ma.form.yes') },
              { value: 'REJECT', label: t('ma.form.no') },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('ma.claim.reason')} required>
          <Input.TextArea rows={3} maxLength={1000} data-testid="ma-review-reason" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={t('ma.form.problem', { msg: problem })} />}
      <MaErrorAlert error={review.error} />
    </Modal>
  );
}
