import { Card, Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-error';
import { useT } from '../../i18n/use-t';
import type { HouseholdMatch } from '../api/types';
import { usePositionMatches } from '../api/use-matching';
import { useCanSeeMatches } from '../permissions';
import { MatchReasons } from './match-reasons';

/** 匹配家庭: on a position's page, the filed households in the user's area it fits best. */
export function PositionMatchesCard({ positionId }: { positionId: string }) {
  const t = useT();
  const allowed = useCanSeeMatches();
  const matches = usePositionMatches(positionId, allowed);
  if (!allowed) return null;
  const columns: TableColumnsType<HouseholdMatch> = [
    {
      key: 'household',
      title: t('match.household'),
      render: (_, m) => (
        <Link to={`/households/${m.householdId}`} data-testid="match-household-link">
          {m.headName}
        </Link>
      ),
    },
    { key: 'fileNo', title: t('field.fileNo'), render: (_, m) => m.fileNo ?? t('match.noFileNo') },
    { key: 'headId', title: t('match.headIdMasked'), render: (_, m) => m.headIdMasked ?? '—' },
    { key: 'member', title: t('match.member'), dataIndex: 'memberName' },
    { key: 'score', title: t('match.score'), dataIndex: 'score', width: 80 },
    { key: 'reasons', title: t('match.reasons'), render: (_, m) => <MatchReasons reasons={m.reasons} /> },
  ];
  return (
    <Card size="small" title={t('match.positionCard')} data-testid="position-matches">
      <Typography.Paragraph type="secondary">{t('match.hint')}</Typography.Paragraph>
      {matches.isError ? (
        <QueryError error={matches.error} onRetry={() => matches.refetch()} />
      ) : (
        <Table
          rowKey="householdId"
          size="small"
          pagination={false}
          loading={matches.isPending}
          columns={columns}
          dataSource={matches.data?.households ?? []}
          locale={{ emptyText: t('match.noHouseholds') }}
          scroll={{ x: true }}
        />
      )}
    </Card>
  );
}
