import { CompleteEnrollmentSchema, SkillGrade } from '@bangfu/domain';
import { Alert, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { EnumSelect } from '../../components/enum-select';
import { useModalSubmit } from '../../components/use-modal-submit';
import { useT } from '../../i18n/use-t';
import type { EnrollmentRow } from '../api/types';
import { useCompleteEnrollment } from '../api/use-training';
import { ActionErrorAlert } from '../components/action-error-alert';

interface CompleteModalProps {
  enrollment: EnrollmentRow | null;
  onClose: () => void;
}

/** 结业: marks an enrollment completed, with the skill grade obtained if one was assessed. */
export function CompleteModal({ enrollment, onClose }: CompleteModalProps) {
  const t = useT();
  const complete = useCompleteEnrollment();
  const [grade, setGrade] = useState<SkillGrade | null>(null);
  const [completedOn, setCompletedOn] = useState<Dayjs | null>(null);
  const { problem, setProblem, submit } = useModalSubmit(CompleteEnrollmentSchema, t('train.completed'));
  const dismiss = () => {
    complete.reset();
    setProblem(null);
    setGrade(null);
    setCompletedOn(null);
    onClose();
  };
  const values = () => ({
    enrollmentId: enrollment?.id,
    version: enrollment?.version,
    grade,
    completedOn: completedOn?.format('YYYY-MM-DD'),
  });
  return (
    <Modal
      open={enrollment !== null}
      title={`${t('train.complete')}:${enrollment?.courseTitle ?? ''} · ${enrollment?.memberName ?? ''}`}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'complete-confirm' }}
      confirmLoading={complete.isPending}
      onOk={() => submit(values(), complete.mutate, dismiss)}
      onCancel={dismiss}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('train.grade')}>
          <EnumSelect<SkillGrade>
            enumDef={SkillGrade}
            allowClear
            value={grade ?? undefined}
            onChange={(v) => setGrade(typeof v === 'string' ? v : null)}
            placeholder={t('train.noGrade')}
            data-testid="complete-grade"
          />
        </Form.Item>
        <Form.Item label={t('train.completedOn')} required>
          <DatePicker value={completedOn} onChange={setCompletedOn} data-testid="complete-date" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <ActionErrorAlert error={complete.error} />
    </Modal>
  );
}
