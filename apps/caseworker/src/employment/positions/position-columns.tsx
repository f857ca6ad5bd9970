import { formatDate, formatInstant, useLang } from '@bangfu/client';
import { PositionCategory, WorkHours } from '@bangfu/domain';
import { Space, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useT } from '../../i18n/use-t';
import type { PositionRow } from '../api/types';
import { useDivisionName } from '../components/division-name';
import { formatSalaryRange } from '../components/salary';
import { ListedTag, PositionStatusTag } from '../components/status-tags';

export function usePositionColumns(): TableColumnsType<PositionRow> {
  const t = useT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const divisionName = useDivisionName();
  return [
    {
      key: 'title',
      title: t('emp.position.title'),
      dataIndex: 'title',
      width: 180,
      render: (title: string, row) => <Link to={`/employment/positions/${row.id}`}>{title}</Link>,
    },
    { key: 'employer', title: t('emp.position.employerId'), dataIndex: 'employerName', ellipsis: true },
    {
      key: 'category',
      title: t('emp.position.category'),
      dataIndex: 'category',
      render: (v: PositionCategory) => label(PositionCategory, v),
    },
    {
      key: 'county',
      title: t('emp.position.divisionCode'),
      dataIndex: 'divisionCode',
      render: (code: string) => divisionName(code),
    },
    {
      key: 'salary',
      title: t('emp.position.salary'),
      align: 'right',
      render: (_: unknown, row) => formatSalaryRange(row.salaryMinFen, row.salaryMaxFen),
    },
    {
      key: 'headcount',
      title: `${t('emp.position.filled')} / ${t('emp.position.headcount')}`,
      align: 'right',
      width: 110,
      render: (_: unknown, row) => `${row.filled} / ${row.headcount}`,
    },
    {
      key: 'hours',
      title: t('emp.position.hours'),
      dataIndex: 'hours',
      render: (v: WorkHours) => label(WorkHours, v),
    },
    {
      key: 'validity',
      title: t('emp.position.validity'),
      width: 210,
      render: (_: unknown, row) => `${formatDate(row.validFrom, lang)} – ${formatDate(row.validTo, lang)}`,
    },
    {
      key: 'status',
      title: t('emp.position.status'),
      render: (_: unknown, row) => (
        <Space size={0}>
          <PositionStatusTag value={row.status} />
          <ListedTag listed={row.listed} />
        </Space>
      ),
    },
    {
      key: 'updatedAt',
      title: t('emp.position.updatedAt'),
      dataIndex: 'updatedAt',
      width: 150,
      render: (iso: string) => formatInstant(iso, lang),
    },
  ];
}
