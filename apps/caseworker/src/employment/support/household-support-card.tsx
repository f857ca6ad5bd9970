import { canReadTraining, InternshipOutcome, MentorshipStatus, SkillGrade } from '@bangfu/domain';
import { Card, Space, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCurrentUser } from '../../auth/current-user';
import { type HouseholdSupport, useHouseholdSupport } from './support-api';
import { useEnumLabel, yuan } from './support-labels';
import { useSupportT } from './use-support-t';

type Internship = HouseholdSupport['internships'][number];
type Entry = HouseholdSupport['competitionEntries'][number];
type Mentorship = HouseholdSupport['mentorships'][number];
type Grade = HouseholdSupport['grades'][number];

/**
 * Internships, skills competitions, mentoring and each member's highest grade, for a household's
 * 培训与就业 card. Renders nothing for roles that may not read training.
 */
export function HouseholdSupportCard({
  householdId,
  memberName,
}: {
  householdId: string;
  memberName: (id: string) => string;
}) {
  const t = useSupportT();
  const label = useEnumLabel();
  const allowed = canReadTraining(useCurrentUser().roles);
  const support = useHouseholdSupport(householdId, allowed);
  if (!allowed) return null;
  const d = support.data;
  const section = (title: string, table: ReactNode) => (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>{title}</Typography.Text>
      {table}
    </Space>
  );
  const small = {
    size: 'small' as const,
    pagination: false as const,
    rowKey: 'id',
    locale: { emptyText: t('sup.card.none') },
  };
  return (
    <Card title={t('sup.card.title')} loading={support.isLoading} data-testid="household-support-card">
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {section(
          t('sup.card.grades'),
          <Table<Grade>
            {...small}
            rowKey="memberId"
            dataSource={d?.grades ?? []}
            columns={[
              {
                key: 'member',
                title: t('sup.card.member'),
                render: (_: unknown, g) => memberName(g.memberId),
              },
              {
                key: 'grade',
                title: t('sup.card.grades'),
                render: (_: unknown, g) => label(SkillGrade, g.grade),
              },
              { key: 'skill', title: t('sup.card.trade'), dataIndex: 'skill' },
              {
                key: 'source',
                title: t('sup.card.source'),
                render: (_: unknown, g) => t(`sup.source.${g.source}`),
              },
            ]}
          />,
        )}
        {section(
          t('sup.card.internships'),
          <Table<Internship>
            {...small}
            dataSource={d?.internships ?? []}
            columns={[
              { key: 'member', title: t('sup.card.member'), dataIndex: 'memberName' },
              { key: 'employer', title: t('sup.card.employer'), dataIndex: 'employerName' },
              {
                key: 'dates',
                title: t('sup.card.dates'),
                render: (_: unknown, i) => `${i.startDate} – ${i.endDate ?? ''}`,
              },
              { key: 'stipend', title: t('sup.card.stipend'), render: (_: unknown, i) => yuan(i.stipendFen) },
              {
                key: 'outcome',
                title: t('sup.card.outcome'),
                render: (_: unknown, i) => label(InternshipOutcome, i.outcome),
              },
            ]}
          />,
        )}
        {section(
          t('sup.card.competitions'),
          <Table<Entry>
            {...small}
            dataSource={d?.competitionEntries ?? []}
            columns={[
              { key: 'member', title: t('sup.card.member'), dataIndex: 'memberName' },
              { key: 'title', title: t('sup.card.competitions'), dataIndex: 'competitionTitle' },
              { key: 'heldOn', title: t('sup.card.dates'), dataIndex: 'heldOn' },
              { key: 'rank', title: t('sup.card.rank'), render: (_: unknown, e) => e.rank ?? '—' },
              {
                key: 'grade',
                title: t('sup.card.grades'),
                render: (_: unknown, e) => label(SkillGrade, e.gradeAwarded),
              },
            ]}
          />,
        )}
        {section(
          t('sup.card.mentorships'),
          <Table<Mentorship>
            {...small}
            dataSource={d?.mentorships ?? []}
            columns={[
              { key: 'member', title: t('sup.card.member'), dataIndex: 'memberName' },
              {
                key: 'mentor',
                title: t('sup.card.mentor'),
                render: (_: unknown, m) => `${m.mentorName}(${m.mentorUnit})`,
              },
              { key: 'trade', title: t('sup.card.trade'), dataIndex: 'trade' },
              {
                key: 'target',
                title: t('sup.card.target'),
                render: (_: unknown, m) => label(SkillGrade, m.targetGrade),
              },
              {
                key: 'status',
                title: t('sup.card.outcome'),
                render: (_: unknown, m) =>
                  `${label(MentorshipStatus, m.status)}${m.outcomeGrade ? ` · ${label(SkillGrade, m.outcomeGrade)}` : ''}`,
              },
            ]}
          />,
        )}
      </Space>
    </Card>
  );
}
