import { DownloadOutlined } from '@ant-design/icons';
import { businessToday, formatFen } from '@bangfu/client';
import { AidProgramme, FundingSource } from '@bangfu/domain';
import { App, Button, Card, Flex, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../auth/current-user';
import { EnumSelect } from '../../components/enum-select';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { PagedTable } from '../../employment/components/paged-table';
import type { LedgerEntry } from '../api/types';
import { useExportLedger, useLedger } from '../api/use-ledger';
import { AidErrorAlert } from '../components/aid-error-alert';
import { downloadXlsx } from '../components/download-xlsx';
import { useLedgerColumns } from '../components/ledger-columns';
import { AidNotAllowed } from '../components/not-allowed';
import { useAidT } from '../i18n/use-aid-t';
import { EXPORT_LEDGER_ROLES, READ_AID_ROLES, useHasAidRole } from '../permissions';
import { LedgerBalances } from './ledger-balances';

/** 帮扶台账 of a union's subtree for a year: balances that add up, the entries, and an Excel export. */
export function LedgerPage() {
  const t = useAidT();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const allowed = useHasAidRole(READ_AID_ROLES);
  const canExport = useHasAidRole(EXPORT_LEDGER_ROLES);
  const [orgId, setOrgId] = useState<string | undefined>(me.org.id);
  const [year, setYear] = useState(() => Number(businessToday().slice(0, 4)));
  const [programme, setProgramme] = useState<AidProgramme>();
  const [funding, setFunding] = useState<FundingSource>();
  const list = useLedger(
    { orgId, year, programme, fundingSource: funding, limit: 200 },
    allowed && Boolean(orgId),
  );
  const exporter = useExportLedger();
  const columns = useLedgerColumns(true);
  if (!allowed) return <AidNotAllowed />;
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const shownNet = rows.reduce((s, e) => s + e.amountFen, 0);
  const exportXlsx = () => {
    if (!orgId) return;
    exporter.mutate(
      { orgId, year },
      {
        onSuccess: (file) => {
          downloadXlsx(file);
          message.success(t('aid.ledger.exported', { n: file.rows }));
        },
      },
    );
  };
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('aid.ledger.title')}
        </Typography.Title>
        {canExport && (
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.isPending}
            disabled={!orgId}
            onClick={exportXlsx}
            data-testid="ledger-export"
          >
            {t('aid.ledger.export')}
          </Button>
        )}
      </Flex>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <OrgTreeSelect
          value={orgId}
          onChange={setOrgId}
          style={{ width: 260 }}
          placeholder={t('aid.ledger.org')}
          data-testid="ledger-org"
        />
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && setYear(v)}
          addonBefore={t('aid.ledger.year')}
          data-testid="ledger-year"
        />
        <EnumSelect
          enumDef={AidProgramme}
          allowClear
          value={programme}
          onChange={(v) => setProgramme(v as AidProgramme | undefined)}
          placeholder={t('aid.pay.programme')}
          style={{ width: 180 }}
          data-testid="ledger-programme"
        />
        <EnumSelect
          enumDef={FundingSource}
          allowClear
          value={funding}
          onChange={(v) => setFunding(v as FundingSource | undefined)}
          placeholder={t('aid.pay.funding')}
          style={{ width: 180 }}
          data-testid="ledger-funding"
        />
      </Flex>
      <AidErrorAlert error={exporter.error} />
      <LedgerBalances orgId={orgId} year={year} />
      <Typography.Title level={5}>{t('aid.ledger.entries')}</Typography.Title>
      <PagedTable<LedgerEntry>
        list={list}
        rows={rows}
        columns={columns}
        rowTestId="ledger-row"
        idAttribute="entry-id"
        emptyText={t('aid.ledger.empty')}
        loadMoreTestId="ledger-load-more"
      />
      {rows.length > 0 && (
        <Flex justify="flex-end" style={{ marginTop: 8 }}>
          <Typography.Text strong data-testid="ledger-shown-total">
            {t('aid.ledger.shownTotal', { n: rows.length })}:{formatFen(shownNet)}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
