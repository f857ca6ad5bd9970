import { useLang } from '@bangfu/client';
import { RecordHiresSchema } from '@bangfu/domain';
import { App, Form, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { issueMessage } from '../../households/form/form-errors';
import { useT } from '../../i18n/use-t';
import type { PositionDetail } from '../api/types';
import { useRecordHires } from '../api/use-positions';
import { ActionErrorAlert } from '../components/action-error-alert';

interface RecordHiresModalProps {
  position: PositionDetail;
  open: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

/** 登记录用: workers hired into the position; a position whose openings are all taken leaves the lists. */
export function RecordHiresModal({ position, open, onClose, onReload }: RecordHiresModalProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const record = useRecordHires();
  const left = Math.max(0, position.headcount - position.filled);
  const [count, setCount] = useState<number | null>(1);
  const [problem, setProblem] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const dismiss = () => {
    record.reset();
    setCount(1);
    setProblem(null);
    onClose();
  };
  const reload = async () => {
    setReloading(true);
    await onReload();
    setReloading(false);
    record.reset();
  };
  const submit = () => {
    const parsed = RecordHiresSchema.safeParse({ id: position.id, version: position.version, count });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0] ? issueMessage(parsed.error.issues[0], lang, t) : t('zod.invalid'));
      return;
    }
    if (parsed.data.count > left) {
      setProblem(t('zod.tooBig', { max: left }));
      return;
    }
    setProblem(null);
    record.mutate(parsed.data, {
      onSuccess: () => {
        message.success(t('emp.position.hiresRecorded'));
        dismiss();
      },
    });
  };
  return (
    <Modal
      open={open}
      title={t('emp.position.recordHiresTitle')}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'position-hires-confirm' }}
      confirmLoading={record.isPending}
      onOk={submit}
      onCancel={dismiss}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item
          label={t('emp.position.hiresCount')}
          extra={t('emp.position.hiresLeft', { n: left })}
          validateStatus={problem ? 'error' : undefined}
          help={problem ?? undefined}
        >
          <InputNumber
            min={1}
            max={Math.max(1, left)}
            precision={0}
            value={count}
            onChange={setCount}
            data-testid="position-hires-count"
          />
        </Form.Item>
      </Form>
      <ActionErrorAlert error={record.error} onReload={reload} reloading={reloading} />
    </Modal>
  );
}
