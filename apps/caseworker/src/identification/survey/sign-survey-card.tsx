import { labelKey, useLang } from '@bangfu/client';
import { SURVEY_COMMITMENT } from '@bangfu/domain';
import { Button, Card, Flex, Typography } from 'antd';
import { useSignSurvey } from '../api/use-survey-steps';
import { StepErrorAlert } from '../components/step-error-alert';
import { useIdentT } from '../i18n/use-ident-t';

/** 签字承诺: each surveyor signs the commitment for themselves, once. */
export function SignSurveyCard({ surveyId }: { surveyId: string }) {
  const t = useIdentT();
  const { lang } = useLang();
  const sign = useSignSurvey();
  return (
    <Card size="small" title={t('id.survey.sign')} data-testid="sign-survey">
      <Flex vertical gap={8}>
        <Typography.Paragraph style={{ margin: 0 }}>{SURVEY_COMMITMENT[labelKey(lang)]}</Typography.Paragraph>
        <StepErrorAlert error={sign.error} />
        <div>
          <Button
            type="primary"
            loading={sign.isPending}
            onClick={() => sign.mutate({ surveyId })}
            data-testid="sign-survey-submit"
          >
            {t('id.survey.sign')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
