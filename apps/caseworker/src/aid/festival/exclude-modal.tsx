import { FestivalExcludeSchema } from '@bangfu/domain';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useModalSubmit } from '../../components/use-modal-submit';
import type { CampaignItem } from '../api/types';
import { useExcludeItem } from '../api/use-festival';
import { AidErrorAlert } from '../components/aid-error-alert';
import { useAidT } from '../i18n/use-aid-t';

/** 剔除: takes a household off the list before approval, with the reason on record. */
export function ExcludeModal({ item, onClose }: { item: CampaignItem; onClose: () => void }) {
  const t = useAidT();
  const exclude = useExcludeItem();
  const [reason, setReason] = useState('');
  const { problem, submit } = useModalSubmit(FestivalExcludeSchema, t('aid.recovery.done'));
  return (
    <Modal
      open
      title={`${t('aid.fest.excludeTitle')} · ${item.maskedName}`}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'exclude-save' }}
      confirmLoading={exclude.isPending}
      onOk={() => submit({ itemId: item.id, reason, expectedVersion: item.version }, exclude.mutate, onClose)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('aid.fest.reason')} required>
          <Input.TextArea
            rows={3}
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="exclude-reason"
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <AidErrorAlert error={exclude.error} />
    </Modal>
  );
}
