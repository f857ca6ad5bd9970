import { formatDate, formatFen, formatInstant, useLang } from '@bangfu/client';
import { AidProgramme, FundingSource } from '@bangfu/domain';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { PaymentRequestRow } from '../api/types';
import { useAidT } from '../i18n/use-aid-t';
import { RequestStatusTag } from './aid-tags';

/** Columns of a list of payment requests; `withHousehold` adds a link to each household's file. */
export function useRequestColumns(withHousehold: boolean): TableColumnsType<PaymentRequestRow> {
  const t = useAidT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const columns: TableColumnsType<PaymentRequestRow> = [
    {
      key: 'at',
      title: t('aid.pay.requestedAt'),
      render: (_, r) => formatInstant(r.createdAt, lang),
      width: 150,
    },
    { key: 'programme', title: t('aid.pay.programme'), render: (_, r) => label(AidProgramme, r.programme) },
    {
      key: 'amount',
      title: t('aid.ledger.amount'),
      align: 'right',
      render: (_, r) => <span data-testid="request-amount">{formatFen(r.amountFen)}</span>,
    },
    { key: 'funding', title: t('aid.pay.funding'), render: (_, r) => label(FundingSource, r.fundingSource) },
    { key: 'paidOn', title: t('aid.pay.paidOn'), render: (_, r) => formatDate(r.paidOn, lang) },
    { key: 'note', title: t('aid.pay.note'), dataIndex: 'note', ellipsis: true },
    {
      key: 'status',
      title: t('aid.pay.status'),
      render: (_, r) => <RequestStatusTag status={r.status} level={r.requiredLevel} />,
    },
  ];
  if (!withHousehold) return columns;
  return [
    {
      key: 'household',
      title: t('aid.pay.household'),
      render: (_, r) => <Link to={`/households/${r.householdId}`}>{t('aid.pay.open')}</Link>,
    },
    ...columns,
  ];
}
