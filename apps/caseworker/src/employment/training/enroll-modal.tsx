import { EnrollInputSchema } from '@bangfu/domain';
import { Alert, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import type { HouseholdMember } from '../../api/types';
import { useModalSubmit } from '../../components/use-modal-submit';
import { useT } from '../../i18n/use-t';
import { useCourseOptions, useEnroll } from '../api/use-training';
import { ActionErrorAlert } from '../components/action-error-alert';

interface EnrollModalProps {
  householdId: string;
  members: readonly HouseholdMember[];
  open: boolean;
  onClose: () => void;
}

/** 报名培训: a member of the household joins a course; a full course is refused by the server. */
export function EnrollModal({ householdId, members, open, onClose }: EnrollModalProps) {
  const t = useT();
  const courses = useCourseOptions(open);
  const enroll = useEnroll();
  const [courseId, setCourseId] = useState<string>();
  const [memberId, setMemberId] = useState<string>();
  const { problem, setProblem, submit } = useModalSubmit(EnrollInputSchema, t('train.enrolled'));
  const dismiss = () => {
    enroll.reset();
    setProblem(null);
    setCourseId(undefined);
    setMemberId(undefined);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('train.enroll')}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'enroll-confirm' }}
      confirmLoading={enroll.isPending}
      onOk={() => submit({ householdId, courseId, memberId }, enroll.mutate, dismiss)}
      onCancel={dismiss}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('train.course')} required>
          <Select
            value={courseId}
            onChange={setCourseId}
            loading={courses.isPending}
            placeholder={t('train.placeholderCourse')}
            data-testid="enroll-course"
            options={(courses.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.title}(${c.startDate}) · ${t('train.places', { n: c.enrolled, max: c.capacity })}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('train.member')} required>
          <Select
            value={memberId}
            onChange={setMemberId}
            placeholder={t('train.placeholderMember')}
            data-testid="enroll-member"
            options={members.map((m) => ({ value: m.id, label: m.name }))}
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <ActionErrorAlert error={enroll.error} />
    </Modal>
  );
}
