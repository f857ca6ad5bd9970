import { businessYear } from '@bangfu/client';
import { REVIEW_INBOX_ROLES } from '@bangfu/domain';
import { Col, Flex, Row } from 'antd';
import { useParams } from 'react-router';
import { useHousehold } from '../../api/use-households';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useCaseDetail, useReviewInbox, useTimeline } from '../api/use-case';
import { IdentNotAllowed } from '../components/ident-not-allowed';
import { useIdentT } from '../i18n/use-ident-t';
import { CASE_READ_ROLES, useHasRole } from '../permissions';
import { initialClassification } from '../survey/classification-values';
import { ActionPanel } from './action-panel';
import { AttachmentsCard } from './attachments-card';
import { CaseHeader } from './case-header';
import { ExplanationCard } from './explanation-card';
import { ResponsibilityCard } from './responsibility-card';
import { StepTimeline } from './step-timeline';
import { VerificationsCard } from './verifications-card';

/** 案卷: the case of one household — its steps, who answers for it, the evidence, and the next step. */
export function CasePage() {
  const { householdId = '' } = useParams();
  const t = useIdentT();
  const reads = useHasRole(CASE_READ_ROLES);
  const household = useHousehold(householdId);
  const detail = useCaseDetail(householdId);
  const timeline = useTimeline(householdId);
  const reviewInbox = useReviewInbox(useHasRole(REVIEW_INBOX_ROLES));
  if (!reads) return <IdentNotAllowed />;
  const failed = household.error ?? detail.error ?? timeline.error;
  if (failed)
    return <QueryError error={failed} notFoundText={t('notFound')} onRetry={() => detail.refetch()} />;
  if (!household.data || !detail.data || !timeline.data) return <PageLoading />;
  const h = household.data;
  const reload = () => {
    household.refetch();
    detail.refetch();
    timeline.refetch();
  };
  const classification = initialClassification({
    standardVersion: h.standardVersion,
    divisionCode: h.divisionCode,
    householdSize: Math.max(1, h.members.length),
    year: businessYear(),
  });
  return (
    <Flex vertical gap={16} data-testid="case-page" data-version={h.version}>
      <CaseHeader household={h} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <ActionPanel
              householdId={h.id}
              version={h.version}
              onReload={reload}
              status={h.status}
              detail={detail.data}
              reviewInbox={reviewInbox.data}
              classification={classification}
            />
            <StepTimeline steps={timeline.data.steps} />
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <ResponsibilityCard responsibility={timeline.data.responsibility} orgName={h.orgName} />
            <ExplanationCard assessment={detail.data.assessment} />
            <VerificationsCard householdId={h.id} />
            <AttachmentsCard householdId={h.id} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
