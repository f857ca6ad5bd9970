import type { HardshipCategory, HouseholdStatus } from '@bangfu/domain';
import { DECIDE_ROLES, NOTICE_ROLES, RECORD_REVIEW_ROLES } from '@bangfu/domain';
import { Alert } from 'antd';
import { DecideAssessmentForm } from '../actions/decide-assessment-form';
import { DemocraticReviewForm } from '../actions/democratic-review-form';
import { HigherReviewForm } from '../actions/higher-review-form';
import { IncomeCheckForm } from '../actions/income-check-form';
import { OpenNoticeForm } from '../actions/open-notice-form';
import { PreliminaryReviewForm } from '../actions/preliminary-review-form';
import { ResurveyForm } from '../actions/resurvey-form';
import type { StepProps } from '../actions/step-props';
import { SubmitApplicationForm } from '../actions/submit-application-form';
import type { CaseDetail, ReviewInbox } from '../api/types';
import { useIdentT } from '../i18n/use-ident-t';
import { CASE_WORK_ROLES, useHasRole } from '../permissions';
import type { ClassificationValues } from '../survey/classification-values';
import { SurveyPanel } from '../survey/survey-panel';
import { NoticePanel } from './notice-panel';

interface ActionPanelProps extends StepProps {
  status: HouseholdStatus;
  detail: CaseDetail;
  reviewInbox: ReviewInbox | undefined;
  classification: ClassificationValues;
}

/** The ONE form for the step the case is at, shown only to a role that may take it. */
export function ActionPanel(props: ActionPanelProps) {
  const t = useIdentT();
  const works = useHasRole(CASE_WORK_ROLES);
  const reviews = useHasRole(RECORD_REVIEW_ROLES);
  const notices = useHasRole(NOTICE_ROLES);
  const decides = useHasRole(DECIDE_ROLES);
  const step: StepProps = {
    householdId: props.householdId,
    version: props.version,
    onReload: props.onReload,
  };
  const notYours = (
    <Alert type="info" showIcon title={t('id.case.waitingOthers')} data-testid="not-your-step" />
  );
  switch (props.status) {
    case 'DRAFT':
    case 'RETURNED':
      return works ? <SubmitApplicationForm {...step} /> : notYours;
    case 'SUBMITTED':
      return works ? <PreliminaryReviewForm {...step} /> : notYours;
    case 'SURVEYING':
      if (props.detail.survey?.status === 'OPEN') {
        return <SurveyPanel {...step} survey={props.detail.survey} classification={props.classification} />;
      }
      // Back from the income check or an upheld objection: surveyors are assigned again.
      return works ? <ResurveyForm {...step} /> : notYours;
    case 'ASSESSED':
      return works ? (
        <DecideAssessmentForm
          {...step}
          proposed={(props.detail.assessment?.classification.category ?? null) as HardshipCategory | null}
        />
      ) : (
        notYours
      );
    case 'DEMOCRATIC_REVIEW':
      return reviews ? <DemocraticReviewForm {...step} /> : notYours;
    case 'INCOME_CHECK': {
      const recorded = props.reviewInbox?.incomeChecks.find(
        (c) => c.householdId === props.householdId,
      )?.checkRecorded;
      if (recorded) return notices ? <OpenNoticeForm {...step} /> : notYours;
      return reviews ? <IncomeCheckForm {...step} /> : notYours;
    }
    case 'PUBLIC_NOTICE':
      return <NoticePanel householdId={props.householdId} />;
    case 'HIGHER_REVIEW':
      return decides ? <HigherReviewForm {...step} /> : notYours;
    default:
      return <Alert type="success" showIcon title={t('id.case.noNextStep')} data-testid="case-closed" />;
  }
}
