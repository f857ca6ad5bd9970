import { formatFen, useLang } from '@bangfu/client';
import { Card, Descriptions, Empty, Progress, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { QueryError } from '../../../components/query-error';
import type { Campaign, Summary } from '../api/types';
import { useSummary } from '../api/use-survey';
import { useSurveyT } from '../i18n/use-survey-t';
import { optionLabel, type Question, questionText } from '../question-label';

type QuestionSummary = Summary['summary']['questions'][number];

/** An exact average shown to two places (display only; the server keeps the fraction). */
function average(q: Question, s: Extract<QuestionSummary, { kind: 'NUMBER' }>): string {
  if (!s.average) return '—';
  const value = s.average.numerator / s.average.denominator;
  return q.kind === 'NUMBER' && q.money
    ? `≈${formatFen(Math.round(value))}`
    : value.toFixed(2).replace(/\.00$/, '');
}

function QuestionCard({ q, s }: { q: Question; s: QuestionSummary }) {
  const t = useSurveyT();
  const { lang } = useLang();
  const money = (n: number | null) =>
    n === null ? '—' : q.kind === 'NUMBER' && q.money ? formatFen(n) : String(n);
  return (
    <Card
      size="small"
      title={questionText(q, lang)}
      extra={t('sv.s.answered', { n: s.answered })}
      data-testid="sv-summary-question"
      data-code={q.code}
    >
      {s.kind === 'CHOICE' && (
        <Table
          size="small"
          pagination={false}
          rowKey="option"
          dataSource={s.counts}
          columns={[
            { title: '', render: (_, c) => optionLabel(q, c.option, lang) },
            { title: '', dataIndex: 'count', align: 'right', width: 80 },
            {
              title: '',
              width: 220,
              render: (_, c) => (
                <Progress size="small" percent={s.answered ? Math.round((c.count * 100) / s.answered) : 0} />
              ),
            },
          ]}
        />
      )}
      {s.kind === 'NUMBER' && (
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('sv.s.sum')}>{money(s.sum)}</Descriptions.Item>
          <Descriptions.Item label={t('sv.s.avg')}>{average(q, s)}</Descriptions.Item>
          <Descriptions.Item label={t('sv.s.range')}>
            {money(s.min)} / {money(s.max)}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}

/** 答卷汇总 of the campaign, in the user's scope or one region of it. */
export function SummaryPanel({ campaign }: { campaign: Campaign }) {
  const t = useSurveyT();
  const [regionOrgId, setRegionOrgId] = useState<string>();
  const summary = useSummary(campaign.id, regionOrgId);
  if (summary.isError) return <QueryError error={summary.error} onRetry={() => summary.refetch()} />;
  const data = summary.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <OrgTreeSelect
        allowClear
        placeholder={t('sv.s.region')}
        value={regionOrgId}
        onChange={setRegionOrgId}
        style={{ minWidth: 280 }}
        data-testid="sv-summary-region"
      />
      {data && (
        <Typography.Text data-testid="sv-summary-count">
          {t('sv.field.responses')}:{data.summary.responses}
        </Typography.Text>
      )}
      {data && data.summary.responses === 0 && <Empty description={t('sv.s.empty')} />}
      {data &&
        data.summary.responses > 0 &&
        data.questions.map((q, i) => {
          const s = data.summary.questions[i];
          return s ? <QuestionCard key={q.code} q={q} s={s} /> : null;
        })}
    </Space>
  );
}
