import { formatInstant, useLang } from '@bangfu/client';
import { MANAGE_DYNAMIC_ROLES, ReferralStatus } from '@bangfu/domain';
import { Button, Card, Flex, Form, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/current-user';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { Referral } from '../api/types';
import { useReferrals } from '../api/use-oversight';
import { IdentNotAllowed } from '../components/ident-not-allowed';
import { StepErrorAlert } from '../components/step-error-alert';
import { useIdentT } from '../i18n/use-ident-t';
import { useHasRole } from '../permissions';

const COLOUR: Record<ReferralStatus, string> = { NEW: 'orange', CONVERTED: 'green', DECLINED: 'default' };

/** 志愿者线索: people volunteers pointed out; a new one can be opened as a draft application. */
export function ReferralsPage() {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [orgId, setOrgId] = useState<string>(me.org.id);
  const allowed = useHasRole(MANAGE_DYNAMIC_ROLES);
  const referrals = useReferrals(orgId, allowed);
  if (!allowed) return <IdentNotAllowed />;
  return (
    <Card title={t('id.referrals.title')} data-testid="referrals-page">
      <Flex vertical gap={12}>
        <Form.Item label={t('id.notices.org')} style={{ marginBottom: 0 }}>
          <OrgTreeSelect value={orgId} onChange={setOrgId} style={{ width: 280 }} />
        </Form.Item>
        <StepErrorAlert error={referrals.error} />
        <Table<Referral>
          rowKey="id"
          size="small"
          loading={referrals.isPending}
          dataSource={referrals.data ?? []}
          pagination={{ pageSize: 20 }}
          onRow={(r) => ({ 'data-testid': 'referral-row', 'data-id': r.id }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('id.referrals.person'), dataIndex: 'personName' },
            { title: t('id.referrals.phone'), render: (_, r) => r.phoneMasked ?? '—' },
            { title: t('id.referrals.address'), dataIndex: 'addressNote' },
            { title: t('id.referrals.reason'), dataIndex: 'reason' },
            { title: t('id.inbox.since'), render: (_, r) => formatInstant(r.createdAt, lang) },
            {
              title: t('id.referrals.status'),
              render: (_, r) => <Tag color={COLOUR[r.status]}>{label(ReferralStatus, r.status)}</Tag>,
            },
            {
              title: '',
              render: (_, r) =>
                r.status === 'NEW' ? (
                  <Button
                    size="small"
                    type="primary"
                    data-testid="referral-convert"
                    onClick={() => navigate(`/identification/referrals/${r.id}/convert?org=${orgId}`)}
                  >
                    {t('id.referrals.convert')}
                  </Button>
                ) : (
                  r.householdId && (
                    <Link to={`/identification/cases/${r.householdId}`}>{t('id.referrals.openCase')}</Link>
                  )
                ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
