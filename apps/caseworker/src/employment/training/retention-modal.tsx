import { RetentionCheckSchema } from '@bangfu/domain';
import { Alert, DatePicker, Form, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useModalSubmit } from '../../components/use-modal-submit';
import { useT } from '../../i18n/use-t';
import type { PlacementRow } from '../api/types';
import { useCheckRetention } from '../api/use-training';
import { ActionErrorAlert } from '../components/action-error-alert';

interface RetentionModalProps {
  placement: PlacementRow | null;
  onClose: () => void;
}

/** 稳岗回访: whether the placed worker is still employed, on the day it was checked. */
export function RetentionModal({ placement, onClose }: RetentionModalProps) {
  const t = useT();
  const check = useCheckRetention();
  const [retained, setRetained] = useState<boolean>(true);
  const [checkedOn, setCheckedOn] = useState<Dayjs | null>(null);
  const { problem, setProblem, submit } = useModalSubmit(RetentionCheckSchema, t('place.checked'));
  const dismiss = () => {
    check.reset();
    setProblem(null);
    setRetained(true);
    setCheckedOn(null);
    onClose();
  };
  const values = () => ({
    id: placement?.id,
    version: placement?.version,
    retained,
    checkedOn: checkedOn?.format('YYYY-MM-DD'),
  });
  return (
    <Modal
      open={placement !== null}
      title={`${t('place.retention')}:${placement?.memberName ?? ''} · ${placement?.employerName ?? ''}`}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'retention-confirm' }}
      confirmLoading={check.isPending}
      onOk={() => submit(values(), check.mutate, dismiss)}
      onCancel={dismiss}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('place.stillEmployed')} required>
          <Radio.Group value={retained} onChange={(e) => setRetained(e.target.value as boolean)}>
            <Radio value={true}>{t('place.retained')}</Radio>
            <Radio value={false}>{t('place.notRetained')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t('place.checkedOn')} required>
          <DatePicker value={checkedOn} onChange={setCheckedOn} data-testid="retention-date" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <ActionErrorAlert error={check.error} />
    </Modal>
  );
}
