import { HandleWorkerRequestSchema } from '@bangfu/domain';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useModalSubmit } from '../../components/use-modal-submit';
import type { WorkerRequest } from '../api/types';
import { useHandleWorkerRequest } from '../api/use-portal-staff';
import { AidErrorAlert } from '../components/aid-error-alert';
import { useAidT } from '../i18n/use-aid-t';

/** Records how a worker's request was handled; the worker reads the answer in the portal. */
export function HandleRequestModal({ request, onClose }: { request: WorkerRequest; onClose: () => void }) {
  const t = useAidT();
  const handle = useHandleWorkerRequest();
  const [handling, setHandling] = useState('');
  const { problem, submit } = useModalSubmit(HandleWorkerRequestSchema, t('aid.req.handled'));
  return (
    <Modal
      open
      title={t('aid.req.handle')}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'request-handle-save' }}
      confirmLoading={handle.isPending}
      onOk={() =>
        submit({ requestId: request.id, expectedVersion: request.version, handling }, handle.mutate, onClose)
      }
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
        {request.text}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('aid.req.handling')} required>
          <Input.TextArea
            rows={4}
            maxLength={2000}
            value={handling}
            onChange={(e) => setHandling(e.target.value)}
            data-testid="request-handling"
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <AidErrorAlert error={handle.error} />
    </Modal>
  );
}
