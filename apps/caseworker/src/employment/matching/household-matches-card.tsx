import { Card, Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-error';
import { useT } from '../../i18n/use-t';
import type { PositionMatch } from '../api/types';
import { useHouseholdMatches } from '../api/use-matching';
import { formatSalaryRange } from '../components/salary';
import { useCanSeeMatches } from '../permissions';
import { MatchReasons } from './match-reasons';

/** 推荐岗位: on a household's page, the listed positions that fit it best, with the reasons. */
export function HouseholdMatchesCard({ householdId }: { householdId: string }) {
  const t = useT();
  const allowed = useCanSeeMatches();
  const matches = useHouseholdMatches(householdId, allowed);
  if (!allowed) return null;
  const columns: TableColumnsType<PositionMatch> = [
    {
      key: 'position',
      title: t('match.position'),
      render: (_, m) => (
        <Link to={`/employment/positions/${m.position.id}`} data-testid="match-position-link">
          {m.position.title}
        </Link>
      ),
    },
    { key: 'employer', title: t('emp.position.employerId'), render: (_, m) => m.position.employerName },
    {
      key: 'salary',
      title: t('emp.position.salary'),
      render: (_, m) => formatSalaryRange(m.position.salaryMinFen, m.position.salaryMaxFen),
    },
    { key: 'member', title: t('match.member'), dataIndex: 'memberName' },
    { key: 'score', title: t('match.score'), dataIndex: 'score', width: 80 },
    { key: 'reasons', title: t('match.reasons'), render: (_, m) => <MatchReasons reasons={m.reasons} /> },
  ];
  return (
    <Card size="small" title={t('match.householdCard')} data-testid="household-matches">
      <Typography.Paragraph type="secondary">{t('match.hint')}</Typography.Paragraph>
      {matches.isError ? (
        <QueryError error={matches.error} onRetry={() => matches.refetch()} />
      ) : (
        <Table
          rowKey={(m) => m.position.id}
          size="small"
          pagination={false}
          loading={matches.isPending}
          columns={columns}
          dataSource={matches.data?.ranked ?? []}
          locale={{ emptyText: t('match.noPositions') }}
          scroll={{ x: true }}
        />
      )}
    </Card>
  );
}
