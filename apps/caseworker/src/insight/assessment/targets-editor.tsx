import { AssessmentMetric } from '@bangfu/domain';
import { Alert, App, Button, Flex, InputNumber, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ActionErrorAlert } from '../../employment/components/action-error-alert';
import { useEnumLabel } from '../../i18n/use-enum-label';
import {
  type AssessmentOverview,
  type SetTargetsInput,
  type UnitAssessment,
  useSetTargets,
} from './api/use-assessment';
import { useAssessT } from './i18n/use-assess-t';
import { isPermilleMetric } from './metric-value';

type Drafts = Record<string, number | null>;
const key = (orgId: string, metric: AssessmentMetric) => `${orgId}:${metric}`;

/** The entered value as stored: coverage is typed in percent with one decimal and kept in permille. */
const toStored = (metric: AssessmentMetric, v: number) => (isPermilleMetric(metric) ? Math.round(v * 10) : v);
const toShown = (metric: AssessmentMetric, v: number | null) =>
  v === null ? null : isPermilleMetric(metric) ? v / 10 : v;

/** Every changed cell, with the version it was read at, so a stale save is refused whole. */
function changedTargets(overview: AssessmentOverview, drafts: Drafts): SetTargetsInput['targets'] {
  const out: SetTargetsInput['targets'] = [];
  for (const u of overview.units) {
    for (const m of u.metrics) {
      const draft = drafts[key(u.orgId, m.metric)];
      if (draft === undefined || draft === null || draft === m.target) continue;
      out.push({ orgId: u.orgId, metric: m.metric, targetValue: draft, expectedVersion: m.targetVersion });
    }
  }
  return out;
}

/** 目标设定: one row per direct subordinate unit, one editable cell per metric, saved all at once. */
export function TargetsEditor({
  overview,
  onReload,
}: {
  overview: AssessmentOverview;
  onReload: () => void;
}) {
  const t = useAssessT();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [drafts, setDrafts] = useState<Drafts>({});
  const save = useSetTargets();
  const editable = overview.parent.canSetTargets;
  const changes = useMemo(() => changedTargets(overview, drafts), [overview, drafts]);
  const columns: TableColumnsType<UnitAssessment> = [
    { key: 'name', title: t('assess.unit'), dataIndex: 'name', fixed: 'left' },
    ...AssessmentMetric.values.map((metric) => ({
      key: metric,
      title: label(AssessmentMetric, metric),
      render: (_: unknown, u: UnitAssessment) => {
        const current = u.metrics.find((m) => m.metric === metric)?.target ?? null;
        const k = key(u.orgId, metric);
        const value = k in drafts ? drafts[k] : current;
        return (
          <InputNumber
            min={0}
            max={isPermilleMetric(metric) ? 100 : undefined}
            precision={isPermilleMetric(metric) ? 1 : 0}
            suffix={isPermilleMetric(metric) ? '%' : undefined}
            disabled={!editable}
            placeholder={t('assess.noTarget')}
            value={toShown(metric, value ?? null)}
            onChange={(v) =>
              setDrafts((d) => ({ ...d, [k]: v === null ? null : toStored(metric, Number(v)) }))
            }
            data-testid={`target-${metric}`}
            style={{ width: 120 }}
          />
        );
      },
    })),
  ];
  const submit = () => {
    if (changes.length === 0) {
      message.info(t('assess.nothingChanged'));
      return;
    }
    save.mutate(
      { year: overview.year, targets: changes },
      {
        onSuccess: (r) => {
          setDrafts({});
          message.success(t('assess.saved', { n: r.saved.length }));
        },
      },
    );
  };
  return (
    <Flex vertical gap={12}>
      {!editable && <Alert type="info" showIcon title={t('assess.readOnly')} />}
      <ActionErrorAlert
        error={save.error}
        onReload={() => {
          setDrafts({});
          save.reset();
          onReload();
        }}
      />
      <Table<UnitAssessment>
        size="small"
        rowKey="orgId"
        pagination={false}
        scroll={{ x: true }}
        columns={columns}
        dataSource={overview.units}
        data-testid="assessment-targets"
      />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{t('assess.coverageHint')}</Typography.Text>
        {editable && (
          <Button type="primary" loading={save.isPending} onClick={submit} data-testid="assessment-save">
            {t('assess.save')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
