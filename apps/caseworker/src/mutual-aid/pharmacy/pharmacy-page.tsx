import { businessToday, formatFen } from '@bangfu/client';
import { Button, Card, Empty, Flex, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { AidNotAllowed } from '../../aid/components/not-allowed';
import { useCurrentUser } from '../../auth/current-user';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { QueryError } from '../../components/query-error';
import type { PharmacyAccount } from '../api/types';
import { usePharmacyAccounts } from '../api/use-fund';
import { useMaT } from '../i18n/use-ma-t';
import { MA_ENROL_ROLES, MA_MANAGE_ROLES, MA_READ_ROLES, useHasMaRole } from '../permissions';
import { PurchaseModal } from './purchase-modal';
import { TopUpModal } from './top-up-modal';

/** 药房补助账户 under a union for a year: balances, top-ups and spending; top-up and purchases. */
export function PharmacyPage() {
  const t = useMaT();
  const me = useCurrentUser();
  const allowed = useHasMaRole(MA_READ_ROLES);
  const canTopUp = useHasMaRole(MA_MANAGE_ROLES);
  const canBuy = useHasMaRole(MA_ENROL_ROLES);
  const [orgId, setOrgId] = useState<string | undefined>(me.org.id);
  const [year, setYear] = useState(() => Number(businessToday().slice(0, 4)));
  const [toppingUp, setToppingUp] = useState(false);
  const [buying, setBuying] = useState<PharmacyAccount | null>(null);
  const accounts = usePharmacyAccounts(allowed ? orgId : undefined, year);
  if (!allowed) return <AidNotAllowed />;
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('ma.ph.title')}
        </Typography.Title>
        {canTopUp && orgId && (
          <Button onClick={() => setToppingUp(true)} data-testid="ma-topup">
            {t('ma.ph.topUp')}
          </Button>
        )}
      </Flex>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <OrgTreeSelect
          value={orgId}
          onChange={setOrgId}
          style={{ width: 280 }}
          placeholder={t('ma.ph.org')}
          data-testid="ma-ph-org"
        />
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && setYear(v)}
          prefix={t('ma.ph.year')}
          data-testid="ma-ph-year"
        />
      </Flex>
      {accounts.isError && <QueryError error={accounts.error} onRetry={() => accounts.refetch()} />}
      <Table<PharmacyAccount>
        size="middle"
        rowKey="id"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        loading={accounts.isFetching}
        dataSource={accounts.data ?? []}
        locale={{ emptyText: <Empty description={t('ma.ph.empty')} /> }}
        onRow={(a) => ({ 'data-testid': 'ma-ph-row', 'data-account-id': a.id }) as object}
        columns={[
          { title: t('ma.ph.member'), dataIndex: 'memberName' },
          { title: t('ma.enrol.idNumber'), dataIndex: 'idNumberMasked' },
          { title: t('ma.ph.year'), dataIndex: 'year' },
          { title: t('ma.ph.toppedUp'), align: 'right', render: (_, a) => formatFen(a.toppedUpFen) },
          { title: t('ma.ph.spent'), align: 'right', render: (_, a) => formatFen(a.spentFen) },
          {
            title: t('ma.ph.balance'),
            align: 'right',
            render: (_, a) => <strong>{formatFen(a.balanceFen)}</strong>,
          },
          {
            title: '',
            render: (_, a) =>
              canBuy && (
                <Button
                  size="small"
                  disabled={a.balanceFen <= 0}
                  onClick={() => setBuying(a)}
                  data-testid="ma-ph-buy"
                >
                  {a.balanceFen <= 0 ? t('ma.ph.notEnough') : t('ma.ph.purchase')}
                </Button>
              ),
          },
        ]}
      />
      {toppingUp && orgId && <TopUpModal orgId={orgId} year={year} onClose={() => setToppingUp(false)} />}
      {buying && <PurchaseModal account={buying} onClose={() => setBuying(null)} />}
    </Card>
  );
}
