import { DownloadOutlined } from '@ant-design/icons';
import { businessToday } from '@bangfu/client';
import { formatPermilleAsPercent, hasAnyRole, READ_ASSESSMENT_ROLES } from '@bangfu/domain';
import { App, Button, Card, Flex, InputNumber, Result, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { downloadXlsx } from '../../aid/components/download-xlsx';
import { useCurrentUser } from '../../auth/current-user';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { QueryError } from '../../components/query-error';
import { ActionErrorAlert } from '../../employment/components/action-error-alert';
import { useT } from '../../i18n/use-t';
import { useAssessmentOverview, useExportAssessmentSheet } from './api/use-assessment';
import { useAssessT } from './i18n/use-assess-t';
import { OverduePanel } from './overdue-panel';
import { ProgressTable } from './progress-table';
import { RankingTable } from './ranking-table';
import { TargetsEditor } from './targets-editor';

/** 目标考核: a union's direct subordinate units — targets, progress, overdue tasks, ranking, export. */
export function AssessmentPage() {
  const t = useAssessT();
  const common = useT();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const allowed = hasAnyRole(me.roles, READ_ASSESSMENT_ROLES);
  const [year, setYear] = useState(() => Number(businessToday().slice(0, 4)));
  const [orgId, setOrgId] = useState<string>(me.org.id);
  const overview = useAssessmentOverview(year, orgId, allowed);
  const exporter = useExportAssessmentSheet();
  if (!allowed) return <Result status="403" title={common('forbiddenTitle')} />;
  const o = overview.data;
  const exportSheet = () =>
    exporter.mutate(
      { year, orgId },
      {
        onSuccess: (file) => {
          downloadXlsx(file);
          message.success(t('assess.exported', { n: file.rows }));
        },
      },
    );
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('assess.title')}
        </Typography.Title>
        <Button
          icon={<DownloadOutlined />}
          loading={exporter.isPending}
          disabled={!o || o.units.length === 0}
          onClick={exportSheet}
          data-testid="assessment-export"
        >
          {t('assess.export')}
        </Button>
      </Flex>
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && setYear(v)}
          addonBefore={t('assess.year')}
          data-testid="assessment-year"
        />
        <OrgTreeSelect
          value={orgId}
          onChange={(v) => setOrgId(v ?? me.org.id)}
          style={{ width: 280 }}
          placeholder={t('assess.parent')}
          data-testid="assessment-org"
        />
      </Flex>
      {o && (
        <Typography.Paragraph type="secondary" data-testid="assessment-as-of">
          {t('assess.asOf', {
            date: o.asOf,
            pct: formatPermilleAsPercent(o.elapsedPermille),
            v: o.policyVersion,
          })}
        </Typography.Paragraph>
      )}
      <ActionErrorAlert error={exporter.error} />
      {overview.isError ? (
        <QueryError error={overview.error} onRetry={() => overview.refetch()} />
      ) : !o ? (
        <Spin />
      ) : o.units.length === 0 ? (
        <Result
          status="info"
          title={t('assess.noUnits')}
          subTitle={t('assess.noUnitsHint', { name: o.parent.name })}
          data-testid="assessment-no-units"
        />
      ) : (
        <Tabs
          items={[
            {
              key: 'targets',
              label: t('assess.tabTargets'),
              children: (
                <TargetsEditor
                  key={`${o.year}:${o.parent.id}`}
                  overview={o}
                  onReload={() => overview.refetch()}
                />
              ),
            },
            { key: 'progress', label: t('assess.tabProgress'), children: <ProgressTable units={o.units} /> },
            { key: 'overdue', label: t('assess.tabOverdue'), children: <OverduePanel units={o.units} /> },
            {
              key: 'ranking',
              label: t('assess.tabRanking'),
              children: <RankingTable units={o.units} penaltyPermille={o.penaltyPermille} />,
            },
          ]}
        />
      )}
    </Card>
  );
}
