import { formatFen, labelIn, useLang } from '@bangfu/client';
import { ClaimKind, SecondReviewReason } from '@bangfu/domain';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useClaim, usePayClaim } from '../api/use-claims';
import { MaErrorAlert } from '../components/ma-error-alert';
import { useMaT } from '../i18n/use-ma-t';
import { PAY_CLAIM_ROLES, REVIEW_CLAIM_ROLES, useHasMaRole } from '../permissions';
import { ClaimStatusTag } from './claim-status-tag';
import { ClaimSteps } from './claim-steps';
import { ReviewModal } from './review-modal';

/** One claim: the facts, the adjudication steps, the worker's explanation, review and payment. */
export function ClaimPage() {
  const { id = '' } = useParams();
  const t = useMaT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const claim = useClaim(id);
  const pay = usePayClaim();
  const canReview = useHasMaRole(REVIEW_CLAIM_ROLES);
  const canPay = useHasMaRole(PAY_CLAIM_ROLES);
  const [reviewing, setReviewing] = useState(false);
  if (claim.isError) return <QueryError error={claim.error} onRetry={() => claim.refetch()} />;
  if (claim.isPending) return <PageLoading />;
  const c = claim.data;
  const payNow = () =>
    pay.mutate(
      { claimId: c.id, expectedVersion: c.version },
      {
        onSuccess: (r) =>
          message.success(
            r.duplicate ? t('ma.claim.paidAlready') : t('ma.claim.paid', { amount: formatFen(r.amountFen) }),
          ),
      },
    );
  const reviewable = c.status === 'ADJUDICATED' || c.status === 'SECOND_REVIEW';
  return (
    <Card data-testid="ma-claim" data-claim-id={c.id} data-status={c.status}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('ma.claim.title')} · {c.memberName}
          </Typography.Title>
          <ClaimStatusTag status={c.status} />
        </Space>
        <Space>
          {canReview && reviewable && (
            <Button type="primary" onClick={() => setReviewing(true)} data-testid="ma-claim-review">
              {c.status === 'SECOND_REVIEW' ? t('ma.claim.review2') : t('ma.claim.review')}
            </Button>
          )}
          {canPay && c.status === 'APPROVED' && (
            <Popconfirm
              title={t('ma.claim.payConfirm', { amount: formatFen(c.approvedFen) })}
              onConfirm={payNow}
              okButtonProps={{ 'data-testid': 'ma-claim-pay-confirm' }}
            >
              <Button type="primary" loading={pay.isPending} data-testid="ma-claim-pay">
                {t('ma.claim.pay')}
              </Button>
            </Popconfirm>
          )}
          <Link to="/mutual-aid/claims">{t('ma.claim.back')}</Link>
        </Space>
      </Flex>
      <MaErrorAlert error={pay.error} onReload={() => claim.refetch()} />
      {c.secondReviewReason && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="ma-claim-second-review"
          title={t('ma.claim.secondReview', {
            reason: labelIn(SecondReviewReason.labels[c.secondReviewReason], lang),
          })}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 's',
            label: t('ma.claims.scheme'),
            children: `${c.schemeCode} v${c.schemeVersion} · ${c.termYear}`,
          },
          { key: 'p', label: t('ma.claims.plan'), children: c.planCode },
          { key: 'k', label: t('ma.claims.kind'), children: labelIn(ClaimKind.labels[c.claim.kind], lang) },
          { key: 'e', label: t('ma.claims.eventDate'), children: c.eventDate },
          { key: 'o', label: t('ma.claims.submittedOn'), children: c.claim.submittedOn },
          {
            key: 'a',
            label: t('ma.claims.payable'),
            children: <strong data-testid="ma-claim-payable">{formatFen(c.payableFen)}</strong>,
          },
          { key: 'ap', label: t('ma.claims.approved'), children: formatFen(c.approvedFen) },
          { key: 'r', label: t('ma.claim.decisionReason'), children: c.decisionReason ?? '—' },
          {
            key: 'pd',
            label: t('ma.claim.paidOn'),
            children: <span data-testid="ma-claim-paid-on">{c.paidOn ?? '—'}</span>,
          },
        ]}
      />
      {c.refused && (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '12px 0' }}
          data-testid="ma-claim-refused"
          title={t('ma.claim.refused', { reason: labelIn(c.refused.label, lang) })}
        />
      )}
      <Typography.Title level={5}>{t('ma.claim.steps')}</Typography.Title>
      <ClaimSteps steps={c.steps} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('ma.claim.explanation')}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }} data-testid="ma-claim-explanation">
        {labelIn(c.explanation, lang)}
      </Typography.Paragraph>
      <Typography.Text type="secondary">
        {t('ma.claim.policy', { scheme: c.schemeCode, v: c.schemeVersion, p: c.policyVersion })}
      </Typography.Text>
      {reviewing && <ReviewModal claim={c} onClose={() => setReviewing(false)} />}
    </Card>
  );
}
