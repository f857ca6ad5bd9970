import { formatFen, formatInstant, labelIn, useLang } from '@bangfu/client';
import { ClaimStatus, ClaimSubmitter } from '@bangfu/domain';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AidNotAllowed } from '../../aid/components/not-allowed';
import { EnumSelect } from '../../components/enum-select';
import { PagedTable } from '../../employment/components/paged-table';
import type { ClaimSummary } from '../api/types';
import { useClaims } from '../api/use-claims';
import { useMaT } from '../i18n/use-ma-t';
import { READ_CLAIM_ROLES, SUBMIT_CLAIM_ROLES, useHasMaRole } from '../permissions';
import { ClaimStatusTag } from './claim-status-tag';
import { ClaimSubmitModal } from './claim-submit-modal';

/** 互助理赔 of the user's scope, newest first, by status; staff file a claim for an enrolled member. */
export function ClaimsPage() {
  const t = useMaT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const allowed = useHasMaRole(READ_CLAIM_ROLES);
  const canSubmit = useHasMaRole(SUBMIT_CLAIM_ROLES);
  const [status, setStatus] = useState<ClaimStatus>();
  const [submitting, setSubmitting] = useState(false);
  const list = useClaims({ status, limit: 50 }, allowed);
  if (!allowed) return <AidNotAllowed />;
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('ma.claims.title')}
        </Typography.Title>
        {canSubmit && (
          <Button type="primary" onClick={() => setSubmitting(true)} data-testid="ma-claim-new">
            {t('ma.claims.submit')}
          </Button>
        )}
      </Flex>
      <EnumSelect
        enumDef={ClaimStatus}
        allowClear
        value={status}
        onChange={(v) => setStatus(v as ClaimStatus | undefined)}
        placeholder={t('ma.claims.status')}
        style={{ width: 220, marginBottom: 16 }}
        data-testid="ma-claims-status"
      />
      <PagedTable<ClaimSummary>
        list={list}
        rows={rows}
        rowTestId="ma-claim-row"
        idAttribute="claim-id"
        emptyText={t('ma.claims.empty')}
        loadMoreTestId="ma-claims-more"
        columns={[
          { title: t('ma.claims.status'), render: (_, c) => <ClaimStatusTag status={c.status} /> },
          { title: t('ma.claims.member'), dataIndex: 'memberName' },
          { title: t('ma.claims.scheme'), render: (_, c) => `${c.schemeCode} v${c.schemeVersion}` },
          { title: t('ma.claims.plan'), dataIndex: 'planCode' },
          { title: t('ma.claims.eventDate'), dataIndex: 'eventDate' },
          { title: t('ma.claims.payable'), align: 'right', render: (_, c) => formatFen(c.payableFen) },
          {
            title: t('ma.claims.submittedBy'),
            render: (_, c) =>
              `${labelIn(ClaimSubmitter.labels[c.submittedByKind], lang)} ${formatInstant(c.submittedAt, lang)}`,
          },
          {
            title: '',
            render: (_, c) => (
              <Link to={`/mutual-aid/claims/${c.id}`} data-testid="ma-claim-open">
                {t('ma.claims.open')}
              </Link>
            ),
          },
        ]}
      />
      {submitting && (
        <ClaimSubmitModal
          onClose={() => setSubmitting(false)}
          onFiled={(id) => navigate(`/mutual-aid/claims/${id}`)}
        />
      )}
    </Card>
  );
}
