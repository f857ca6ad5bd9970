import { IDENT_CASE_ROLES, REVIEW_INBOX_ROLES } from '@bangfu/domain';
import { Col, Flex, Row, Typography } from 'antd';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useIdentInbox, useReviewInbox } from '../api/use-case';
import { IdentNotAllowed } from '../components/ident-not-allowed';
import { useIdentT } from '../i18n/use-ident-t';
import { useHasRole } from '../permissions';
import { InboxSection } from './inbox-section';
import { identificationSections, reviewSections } from './inbox-sections';

/** 我的待办: every list of cases waiting for the signed-in user, by step, with counts. */
export function InboxPage() {
  const t = useIdentT();
  const readsCases = useHasRole(IDENT_CASE_ROLES);
  const reviews = useHasRole(REVIEW_INBOX_ROLES);
  const ident = useIdentInbox(readsCases);
  const review = useReviewInbox(reviews);
  if (!readsCases && !reviews) return <IdentNotAllowed />;
  const failed = ident.error ?? review.error;
  if (failed)
    return <QueryError error={failed} onRetry={() => Promise.all([ident.refetch(), review.refetch()])} />;
  if ((readsCases && !ident.data) || (reviews && !review.data)) return <PageLoading />;
  const sections = [
    ...(ident.data ? identificationSections(ident.data) : []),
    ...(review.data ? reviewSections(review.data) : []),
  ];
  return (
    <Flex vertical gap={16} data-testid="ident-inbox">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('id.inbox.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {sections.map((s) => (
          <Col key={s.key} xs={24} xl={12}>
            <InboxSection section={s} />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
