import { useLang } from '@bangfu/client';
import { HouseholdImportPhase } from '@bangfu/domain';
import { Alert, Button, Card, Flex, Progress, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-error';
import { ProblemTable } from './problem-table';
import { useImportProgress } from './use-household-import';
import { useImportT } from './use-import-t';

/** The running import's progress bar, then its outcome: a summary with links, or the problems. */
export function ImportProgressCard({ importId, onAgain }: { importId: string; onAgain: () => void }) {
  const t = useImportT();
  const { lang } = useLang();
  const progress = useImportProgress(importId);
  const p = progress.data;
  if (progress.isError) return <QueryError error={progress.error} onRetry={() => progress.refetch()} />;
  const percent = p && p.total > 0 ? Math.floor((p.done / p.total) * 100) : 0;
  return (
    <Card size="small" title={t('hi.progress')} data-testid="hi-progress">
      {(!p || p.status === 'RUNNING') && (
        <>
          <Progress percent={percent} status="active" />
          <Typography.Text type="secondary">
            {t('hi.phase', {
              phase: HouseholdImportPhase.label(p?.phase ?? 'READ', lang === 'en' ? 'en' : 'zh'),
            })}
            {p && p.total > 0 ? ` · ${p.done} / ${p.total}` : ''}
          </Typography.Text>
        </>
      )}
      {p?.status === 'DONE' && (
        <Flex vertical gap={8}>
          <Alert
            type="success"
            showIcon
            title={t('hi.done', { households: p.households, members: p.members })}
          />
          <Flex gap={8} wrap align="center">
            <Link to="/households?status=DRAFT">{t('hi.openList')}</Link>
          </Flex>
          {p.sampleHouseholdIds.length > 0 && (
            <Flex gap={8} wrap align="center">
              <Typography.Text type="secondary">{t('hi.samples')}</Typography.Text>
              {p.sampleHouseholdIds.slice(0, 10).map((id, i) => (
                <Link key={id} to={`/households/${id}`}>
                  {t('hi.household', { n: i + 1 })}
                </Link>
              ))}
            </Flex>
          )}
        </Flex>
      )}
      {p && (p.status === 'FAILED' || p.status === 'INTERRUPTED') && (
        <Flex vertical gap={8}>
          <Alert
            type="error"
            showIcon
            title={t('hi.failed')}
            description={p.failure ? p.failure[lang === 'en' ? 'en' : 'zh'] : undefined}
          />
          {p.report && <ProblemTable report={p.report} />}
        </Flex>
      )}
      {p && p.status !== 'RUNNING' && (
        <Button style={{ marginTop: 12 }} onClick={onAgain} data-testid="hi-again">
          {t('hi.again')}
        </Button>
      )}
    </Card>
  );
}
