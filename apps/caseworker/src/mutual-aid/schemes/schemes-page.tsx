import { businessToday, labelIn, useLang } from '@bangfu/client';
import { App, Button, Card, Collapse, Empty, Flex, Space, Tag, Typography } from 'antd';
import { AidNotAllowed } from '../../aid/components/not-allowed';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useDivisionName } from '../../employment/components/division-name';
import type { Scheme } from '../api/types';
import { useSchemes, useSeedDemoSchemes } from '../api/use-schemes';
import { MaErrorAlert } from '../components/ma-error-alert';
import { useMaT } from '../i18n/use-ma-t';
import { MA_MANAGE_ROLES, MA_READ_ROLES, MA_SEED_ROLES, useHasMaRole } from '../permissions';
import { PlanCard } from './plan-card';
import { PublishYearButton } from './publish-year-button';

/** 互助方案 by region: each scheme's plans in readable form; the admin loads the article's demo schemes. */
export function SchemesPage() {
  const t = useMaT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const division = useDivisionName();
  const allowed = useHasMaRole(MA_READ_ROLES);
  const canSeed = useHasMaRole(MA_SEED_ROLES);
  const canPublish = useHasMaRole(MA_MANAGE_ROLES);
  const schemes = useSchemes(false, allowed);
  const seed = useSeedDemoSchemes();
  const year = Number(businessToday().slice(0, 4));
  if (!allowed) return <AidNotAllowed />;
  if (schemes.isError) return <QueryError error={schemes.error} onRetry={() => schemes.refetch()} />;
  if (schemes.isPending) return <PageLoading />;
  const byRegion = new Map<string, Scheme[]>();
  for (const s of schemes.data) byRegion.set(s.divisionCode, [...(byRegion.get(s.divisionCode) ?? []), s]);
  const hasCurrent = (code: string) => schemes.data.some((s) => s.code === code && s.termYear === year);
  const runSeed = () =>
    seed.mutate(undefined, {
      onSuccess: (r) =>
        message.success(t('ma.schemes.seeded', { created: r.created.length, skipped: r.skipped.length })),
    });
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('ma.schemes.title')}
        </Typography.Title>
        {canSeed && (
          <Button onClick={runSeed} loading={seed.isPending} data-testid="ma-seed-demo">
            {t('ma.schemes.seed')}
          </Button>
        )}
      </Flex>
      <MaErrorAlert error={seed.error} />
      {schemes.data.length === 0 && (
        <Empty description={t('ma.schemes.empty')} data-testid="ma-schemes-empty" />
      )}
      {[...byRegion.entries()].map(([region, list]) => (
        <div key={region} data-testid="ma-region" data-region={region} style={{ marginBottom: 16 }}>
          <Typography.Title level={5}>{division(region)}</Typography.Title>
          <Collapse
            items={list.map((s) => ({
              key: s.id,
              label: (
                <span data-testid="ma-scheme" data-code={s.code} data-year={s.termYear}>
                  {labelIn(s.name, lang)}
                </span>
              ),
              extra: (
                <Space>
                  <Tag>
                    {t('ma.schemes.term')} {s.termYear}
                  </Tag>
                  <Tag>v{s.version}</Tag>
                  <Tag>{t('ma.schemes.plans', { n: s.body.plans.length })}</Tag>
                  {canPublish && s.termYear < year && !hasCurrent(s.code) && (
                    <PublishYearButton scheme={s} year={year} />
                  )}
                </Space>
              ),
              children: <SchemePlans scheme={s} />,
            }))}
          />
        </div>
      ))}
    </Card>
  );
}

function SchemePlans({ scheme }: { scheme: Scheme }) {
  const t = useMaT();
  const body = scheme.body;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {body.exclusiveGroups.length > 0 && (
        <Typography.Text type="secondary">
          {t('ma.schemes.exclusive')}:{body.exclusiveGroups.map((g) => g.join(' / ')).join(';')}
        </Typography.Text>
      )}
      {body.choice.maxPlans !== undefined && (
        <Typography.Text type="secondary">
          {t('ma.schemes.maxPlans', { n: body.choice.maxPlans })}
        </Typography.Text>
      )}
      {body.plans.map((p) => (
        <PlanCard key={p.code} plan={p} />
      ))}
    </Space>
  );
}
