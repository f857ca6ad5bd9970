import { formatDate, formatInstant, labelIn, useLang } from '@bangfu/client';
import { SIX_STEPS, type SixStepCode, SurveyMethod } from '@bangfu/domain';
import { Alert, Card, Descriptions, Steps, Tag } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { CaseSurvey } from '../api/types';
import { useIdentT } from '../i18n/use-ident-t';

interface SurveySummaryProps {
  survey: CaseSurvey;
  next: SixStepCode | null;
  iSurvey: boolean;
}

/** The survey so far: method, due date, who surveys and who signed, and (六步法) each step with who recorded it. */
export function SurveySummary({ survey, next, iSurvey }: SurveySummaryProps) {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const signedAt = (id: string) => survey.signatures.find((s) => s.surveyor?.id === id)?.signedAt;
  const recordedStep = (code: string) => survey.steps.find((s) => s.code === code);
  return (
    <Card size="small" title={t('id.survey.title')} data-testid="survey-summary">
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('id.survey.method')}>
          {label(SurveyMethod, survey.method)}
        </Descriptions.Item>
        <Descriptions.Item label={t('id.survey.dueOn', { date: '' })}>
          {formatDate(survey.dueOn, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('id.survey.surveyors')} span={2}>
          {survey.surveyors.map((s) => {
            const at = signedAt(s.id);
            return (
              <Tag
                key={s.id}
                color={at ? 'green' : 'default'}
                data-testid="surveyor-tag"
                data-signed={at ? 'yes' : 'no'}
              >
                {s.name} ·{' '}
                {at ? `${t('id.survey.signed')} ${formatInstant(at, lang)}` : t('id.survey.notSigned')}
              </Tag>
            );
          })}
        </Descriptions.Item>
      </Descriptions>
      {survey.method === 'SIX_STEP' && (
        <Steps
          size="small"
          direction="vertical"
          data-testid="six-steps"
          current={next ? SIX_STEPS.findIndex((s) => s.code === next) : SIX_STEPS.length}
          items={SIX_STEPS.map((s) => {
            const r = recordedStep(s.code);
            return {
              title: labelIn(s.label, lang),
              description: r
                ? t('id.survey.recordedBy', {
                    name: r.recordedBy?.name ?? '—',
                    at: formatInstant(r.recordedAt, lang),
                  })
                : labelIn(s.records, lang),
            };
          })}
        />
      )}
      {survey.method === 'FOUR_LOOKS' && survey.checklist != null && (
        <Alert type="success" showIcon title={t('id.survey.checklistSaved')} />
      )}
      {!iSurvey && next && <Alert type="info" showIcon title={t('id.survey.notSurveyor')} />}
    </Card>
  );
}
