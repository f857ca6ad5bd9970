import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import type { HouseholdMember } from '../../api/types';
import { QueryError } from '../../components/query-error';
import { useT } from '../../i18n/use-t';
import type { EnrollmentRow, PlacementRow } from '../api/types';
import { useHouseholdEnrollments, useHouseholdPlacements } from '../api/use-training';
import { useCanEditTraining, useCanReadTraining } from '../permissions';
import { CompleteModal } from './complete-modal';
import { EnrollModal } from './enroll-modal';
import { PlacementModal } from './placement-modal';
import { RetentionModal } from './retention-modal';
import { EnrollmentTable, PlacementTable } from './training-tables';

interface HouseholdTrainingCardProps {
  householdId: string;
  members: readonly HouseholdMember[];
}

/** 培训与就业: the household's training (1户1技能) and placements with their retention checks. */
export function HouseholdTrainingCard({ householdId, members }: HouseholdTrainingCardProps) {
  const t = useT();
  const allowed = useCanReadTraining();
  const canEdit = useCanEditTraining();
  const enrollments = useHouseholdEnrollments(householdId, allowed);
  const placements = useHouseholdPlacements(householdId, allowed);
  const [enrolling, setEnrolling] = useState(false);
  const [placing, setPlacing] = useState(false);
  const [completing, setCompleting] = useState<EnrollmentRow | null>(null);
  const [checking, setChecking] = useState<PlacementRow | null>(null);
  if (!allowed) return null;
  const heading = (title: string, action: string, onClick: () => void, testId: string) => (
    <Flex justify="space-between" align="center">
      <Typography.Text strong>{title}</Typography.Text>
      {canEdit && (
        <Button size="small" icon={<PlusOutlined />} onClick={onClick} data-testid={testId}>
          {action}
        </Button>
      )}
    </Flex>
  );
  return (
    <Card size="small" title={t('train.card')} data-testid="household-training">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {heading(t('train.enrollments'), t('train.enroll'), () => setEnrolling(true), 'training-enroll')}
        {enrollments.isError ? (
          <QueryError error={enrollments.error} onRetry={() => enrollments.refetch()} />
        ) : (
          <EnrollmentTable
            rows={enrollments.data ?? []}
            loading={enrollments.isPending}
            onComplete={canEdit ? setCompleting : undefined}
          />
        )}
        {heading(t('train.placements'), t('place.record'), () => setPlacing(true), 'training-place')}
        {placements.isError ? (
          <QueryError error={placements.error} onRetry={() => placements.refetch()} />
        ) : (
          <PlacementTable
            rows={placements.data ?? []}
            loading={placements.isPending}
            onCheck={canEdit ? setChecking : undefined}
          />
        )}
      </Space>
      <EnrollModal
        householdId={householdId}
        members={members}
        open={enrolling}
        onClose={() => setEnrolling(false)}
      />
      <PlacementModal
        householdId={householdId}
        members={members}
        open={placing}
        onClose={() => setPlacing(false)}
      />
      <CompleteModal enrollment={completing} onClose={() => setCompleting(null)} />
      <RetentionModal placement={checking} onClose={() => setChecking(null)} />
    </Card>
  );
}
