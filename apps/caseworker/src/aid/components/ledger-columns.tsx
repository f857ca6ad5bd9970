import { formatDate, formatFen, useLang } from '@bangfu/client';
import { AidProgramme, FundingSource } from '@bangfu/domain';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { LedgerEntry } from '../api/types';
import { useAidT } from '../i18n/use-aid-t';
import { EntryKindTag } from './aid-tags';

/** Columns of 台账 entries; `withHousehold` adds the file number and head (the ledger page). */
export function useLedgerColumns(withHousehold: boolean): TableColumnsType<LedgerEntry> {
  const t = useAidT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const household: TableColumnsType<LedgerEntry> = withHousehold
    ? [
        {
          key: 'fileNo',
          title: t('aid.ledger.fileNo'),
          render: (_, e) => <Link to={`/households/${e.householdId}`}>{e.fileNo ?? '—'}</Link>,
        },
        { key: 'head', title: t('aid.ledger.head'), dataIndex: 'headName' },
      ]
    : [];
  return [
    { key: 'seq', title: t('aid.ledger.seq'), dataIndex: 'seq', width: 70 },
    { key: 'paidOn', title: t('aid.ledger.paidOn'), render: (_, e) => formatDate(e.paidOn, lang) },
    ...household,
    { key: 'kind', title: t('aid.ledger.kind'), render: (_, e) => <EntryKindTag kind={e.kind} /> },
    { key: 'programme', title: t('aid.pay.programme'), render: (_, e) => label(AidProgramme, e.programme) },
    { key: 'funding', title: t('aid.pay.funding'), render: (_, e) => label(FundingSource, e.fundingSource) },
    {
      key: 'amount',
      title: t('aid.ledger.amount'),
      align: 'right',
      render: (_, e) => <span data-testid="ledger-amount">{formatFen(e.amountFen)}</span>,
    },
    {
      key: 'account',
      title: t('aid.ledger.account'),
      render: (_, e) => (e.payeeAccountLast4 ? `****${e.payeeAccountLast4}` : '—'),
    },
  ];
}
