import { PositionStatus } from '@bangfu/domain';
import { App, Form, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useT } from '../../i18n/use-t';
import type { PositionDetail } from '../api/types';
import { useClosePosition } from '../api/use-positions';
import { ActionErrorAlert } from '../components/action-error-alert';

interface ClosePositionModalProps {
  position: PositionDetail;
  open: boolean;
  onClose: () => void;
  /** Fetches the latest version after a conflict; the modal then acts on it. */
  onReload: () => Promise<unknown>;
}

type CloseAs = 'FILLED' | 'CLOSED';

/** 关闭岗位: as filled (已招满) or withdrawn (已关闭); either way it leaves the public lists at once. */
export function ClosePositionModal({ position, open, onClose, onReload }: ClosePositionModalProps) {
  const t = useT();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const close = useClosePosition();
  const [status, setStatus] = useState<CloseAs>('FILLED');
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    await onReload();
    setReloading(false);
    close.reset();
  };
  const submit = () =>
    close.mutate(
      { id: position.id, version: position.version, status },
      {
        onSuccess: () => {
          message.success(t('emp.position.closed'));
          onClose();
        },
      },
    );
  return (
    <Modal
      open={open}
      title={t('emp.position.closeTitle')}
      okText={t('emp.position.close')}
      okButtonProps={{ danger: true, 'data-testid': 'position-close-confirm' }}
      confirmLoading={close.isPending}
      onOk={submit}
      onCancel={() => {
        close.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('emp.position.closeAs')}>
          <Radio.Group value={status} onChange={(e) => setStatus(e.target.value as CloseAs)}>
            <Radio value="FILLED">{label(PositionStatus, 'FILLED')}</Radio>
            <Radio value="CLOSED">{label(PositionStatus, 'CLOSED')}</Radio>
          </Radio.Group>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">{t('emp.position.closeHint')}</Typography.Paragraph>
      <ActionErrorAlert error={close.error} onReload={reload} reloading={reloading} />
    </Modal>
  );
}
