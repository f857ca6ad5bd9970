import { displayIdNumber, formatFen, formatInstant, useLang } from '@bangfu/client';
import { getDivision } from '@bangfu/domain';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { HouseholdListItem } from '../../api/types';
import { CategoryTag } from '../../components/category-tag';
import { StatusTag } from '../../components/status-tag';
import { useT } from '../../i18n/use-t';

export function useHouseholdColumns(): TableColumnsType<HouseholdListItem> {
  const t = useT();
  const { lang } = useLang();
  return [
    {
      key: 'fileNo',
      title: t('field.fileNo'),
      dataIndex: 'fileNo',
      width: 140,
      render: (fileNo: string | null) => fileNo ?? <span style={{ color: '#999' }}>{t('noFileNo')}</span>,
    },
    {
      key: 'name',
      title: t('colName'),
      dataIndex: 'headName',
      width: 110,
      render: (name: string, row) => <Link to={`/households/${row.id}`}>{name}</Link>,
    },
    {
      key: 'id',
      title: t('colIdNumber'),
      dataIndex: 'headIdMasked',
      width: 190,
      render: (v: string) => (
        <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{displayIdNumber(v)}</span>
      ),
    },
    {
      key: 'category',
      title: t('field.category'),
      dataIndex: 'category',
      render: (v) => <CategoryTag value={v} />,
    },
    { key: 'status', title: t('field.status'), dataIndex: 'status', render: (v) => <StatusTag value={v} /> },
    {
      key: 'county',
      title: t('colCounty'),
      dataIndex: 'divisionCode',
      render: (code: string) => {
        const d = getDivision(code);
        return d ? (lang === 'en' ? d.nameEn : d.name) : code;
      },
    },
    { key: 'org', title: t('field.orgName'), dataIndex: 'orgName', ellipsis: true },
    { key: 'members', title: t('colMembers'), dataIndex: 'memberCount', align: 'right', width: 70 },
    {
      key: 'income',
      title: t('field.householdMonthlyIncome'),
      dataIndex: 'monthlyIncomeFen',
      align: 'right',
      render: (fen: number) => formatFen(fen),
    },
    {
      key: 'updated',
      title: t('field.updatedAt'),
      dataIndex: 'updatedAt',
      width: 150,
      render: (iso: string) => formatInstant(iso, lang),
    },
  ];
}
