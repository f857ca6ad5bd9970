import { formatFen, formatInstant, useLang } from '@bangfu/client';
import { Button, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { PagedTable } from '../../../employment/components/paged-table';
import type { Campaign, SurveyResponse } from '../api/types';
import { useResponses } from '../api/use-survey';
import { useSurveyT } from '../i18n/use-survey-t';
import { optionLabel, type Question } from '../question-label';

function answerText(q: Question, value: unknown, lang: 'zh-CN' | 'en'): string {
  if (value === undefined || value === null) return '';
  if (q.kind === 'CHOICE')
    return (Array.isArray(value) ? value : [value]).map((v) => optionLabel(q, String(v), lang)).join('、');
  if (q.kind === 'NUMBER' && q.money) return formatFen(Number(value));
  return String(value);
}

/** The responses in the user's scope, masked names only; the author may correct theirs while open. */
export function ResponsesPanel({ campaign }: { campaign: Campaign }) {
  const t = useSurveyT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const list = useResponses(campaign.id);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const shown = campaign.questions.slice(0, 4);
  return (
    <PagedTable<SurveyResponse>
      list={list}
      rows={rows}
      rowTestId="sv-response-row"
      idAttribute="response-id"
      emptyText={t('sv.r.empty')}
      loadMoreTestId="sv-response-more"
      columns={[
        {
          title: t('sv.r.respondent'),
          render: (_, r) => (
            <>
              {r.respondent}{' '}
              {r.householdId ? (
                <Tag>{r.fileNo ?? t('sv.p.linked')}</Tag>
              ) : (
                <Tag color="orange">{t('sv.p.unfiled')}</Tag>
              )}
            </>
          ),
        },
        { title: t('sv.r.org'), dataIndex: 'orgName' },
        { title: t('sv.r.team'), dataIndex: 'teamName' },
        ...shown.map((q) => ({
          title: q.code,
          key: q.code,
          render: (_: unknown, r: SurveyResponse) => answerText(q, r.answers[q.code], lang),
        })),
        { title: t('sv.r.author'), dataIndex: 'authorName' },
        { title: t('sv.r.at'), render: (_, r) => formatInstant(r.updatedAt, lang) },
        {
          title: '',
          render: (_, r) =>
            r.mine && campaign.status === 'OPEN' ? (
              <Button
                size="small"
                onClick={() => navigate(`/insight/survey/${campaign.id}/responses/${r.id}`)}
                data-testid="sv-correct"
              >
                {t('sv.r.correct')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
