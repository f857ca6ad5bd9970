import { PlusOutlined } from '@ant-design/icons';
import { displayPhone, formatInstant, useLang } from '@bangfu/client';
import { Button, Card, Flex, Input, Space, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../i18n/use-t';
import type { EmployerRow } from '../api/types';
import { useEmployerList } from '../api/use-employers';
import { useDivisionName } from '../components/division-name';
import { PagedTable } from '../components/paged-table';
import { useCanEditEmployment } from '../permissions';
import { EmployerCreateModal } from './employer-create-modal';

const PAGE_SIZE = 20;

function useEmployerColumns(canEdit: boolean): TableColumnsType<EmployerRow> {
  const t = useT();
  const { lang } = useLang();
  const divisionName = useDivisionName();
  return [
    { key: 'name', title: t('emp.employer.name'), dataIndex: 'name', width: 220 },
    { key: 'industry', title: t('emp.employer.industry'), dataIndex: 'industry', width: 120 },
    {
      key: 'county',
      title: t('emp.employer.divisionCode'),
      dataIndex: 'divisionCode',
      width: 110,
      render: (code: string) => divisionName(code),
    },
    { key: 'address', title: t('emp.employer.address'), dataIndex: 'address', ellipsis: true },
    {
      key: 'contact',
      title: t('emp.employer.contactName'),
      width: 170,
      render: (_: unknown, row) => (
        <Space size={4}>
          <span>{row.contactName ?? '—'}</span>
          {row.contactPhoneMasked && (
            <Typography.Text type="secondary" style={{ fontFamily: 'monospace' }}>
              {displayPhone(row.contactPhoneMasked)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { key: 'org', title: t('emp.employer.orgId'), dataIndex: 'orgName', ellipsis: true },
    {
      key: 'positions',
      title: t('emp.employer.positionCount'),
      dataIndex: 'positionCount',
      align: 'right',
      width: 80,
      render: (n: number, row) => <Link to={`/employment/positions?employer=${row.id}`}>{n}</Link>,
    },
    {
      key: 'createdAt',
      title: t('emp.employer.createdAt'),
      dataIndex: 'createdAt',
      width: 150,
      render: (iso: string) => formatInstant(iso, lang),
    },
    {
      key: 'actions',
      title: t('emp.actions'),
      width: 180,
      render: (_: unknown, row) => (
        <Space size="small">
          <Link to={`/employment/positions?employer=${row.id}`}>{t('emp.employers.viewPositions')}</Link>
          {canEdit && (
            <Link to={`/employment/positions/new?employer=${row.id}`} data-testid="employer-post-position">
              {t('emp.employers.postPosition')}
            </Link>
          )}
        </Space>
      ),
    },
  ];
}

/** 用人单位: search by name, see each one's positions, add one (employment officers). */
export function EmployerListPage() {
  const t = useT();
  const canEdit = useCanEditEmployment();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim().slice(0, 50) || undefined;
  const [creating, setCreating] = useState(params.get('new') === '1');
  const list = useEmployerList({ q, limit: PAGE_SIZE });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = useEmployerColumns(canEdit);
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('emp.employers.title')}
        </Typography.Title>
        {canEdit && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="employer-new"
          >
            {t('emp.employers.new')}
          </Button>
        )}
      </Flex>
      <Input.Search
        key={q ?? ''}
        defaultValue={q}
        allowClear
        enterButton={t('emp.search')}
        placeholder={t('emp.employers.searchPlaceholder')}
        aria-label={t('emp.employers.searchPlaceholder')}
        maxLength={50}
        style={{ width: 360, marginBottom: 16 }}
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
        data-testid="employer-search"
      />
      <PagedTable<EmployerRow>
        list={list}
        rows={rows}
        columns={columns}
        rowTestId="employer-row"
        idAttribute="employer-id"
        emptyText={t('emp.employers.empty')}
        loadMoreTestId="employer-load-more"
      />
      {canEdit && <EmployerCreateModal open={creating} onClose={() => setCreating(false)} />}
    </Card>
  );
}
