import { PlusOutlined } from '@ant-design/icons';
import { formatDate, useLang } from '@bangfu/client';
import { FairProgramme, FairStatus, type LabelledEnum } from '@bangfu/domain';
import { Button, Card, Flex, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EnumSelect } from '../../components/enum-select';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useT } from '../../i18n/use-t';
import type { FairRow } from '../api/types';
import { useFairList } from '../api/use-fairs';
import { useDivisionName } from '../components/division-name';
import { PagedTable } from '../components/paged-table';
import { FairStatusTag } from '../components/status-tags';
import { useCanEditEmployment } from '../permissions';
import { FairCreateModal } from './fair-create-modal';

function enumParam<K extends string>(e: LabelledEnum<K>, raw: string | null): K | undefined {
  return raw !== null && (e.values as readonly string[]).includes(raw) ? (raw as K) : undefined;
}

function useFairColumns(): TableColumnsType<FairRow> {
  const t = useT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const divisionName = useDivisionName();
  return [
    {
      key: 'name',
      title: t('emp.fair.name'),
      dataIndex: 'name',
      width: 260,
      render: (name: string, row) => <Link to={`/employment/fairs/${row.id}`}>{name}</Link>,
    },
    {
      key: 'programme',
      title: t('emp.fair.programme'),
      dataIndex: 'programme',
      render: (v: FairProgramme) => label(FairProgramme, v),
    },
    {
      key: 'area',
      title: t('emp.fair.divisionCode'),
      dataIndex: 'divisionCode',
      render: (c: string) => divisionName(c),
    },
    { key: 'venue', title: t('emp.fair.venue'), dataIndex: 'venue', ellipsis: true },
    {
      key: 'dates',
      title: t('emp.fair.dates'),
      width: 210,
      render: (_: unknown, row) => `${formatDate(row.startDate, lang)} – ${formatDate(row.endDate, lang)}`,
    },
    {
      key: 'status',
      title: t('emp.fair.status'),
      dataIndex: 'status',
      render: (v: FairStatus) => <FairStatusTag value={v} />,
    },
    { key: 'booths', title: t('emp.fair.boothCount'), dataIndex: 'boothCount', align: 'right', width: 70 },
    {
      key: 'positions',
      title: t('emp.fair.positionCount'),
      dataIndex: 'positionCount',
      align: 'right',
      width: 70,
    },
    { key: 'organiser', title: t('emp.fair.organiser'), dataIndex: 'organiserName', ellipsis: true },
  ];
}

/** 招聘会: the fairs in reach by status; employment officers create new ones here. */
export function FairListPage() {
  const t = useT();
  const canEdit = useCanEditEmployment();
  const [params, setParams] = useSearchParams();
  const status = enumParam(FairStatus, params.get('status'));
  const [creating, setCreating] = useState(false);
  const list = useFairList({ status, limit: 20 });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = useFairColumns();
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('emp.fairs.title')}
        </Typography.Title>
        {canEdit && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="fair-new"
          >
            {t('emp.fairs.new')}
          </Button>
        )}
      </Flex>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <EnumSelect
          enumDef={FairStatus}
          allowClear
          placeholder={t('emp.fair.status')}
          style={{ width: 160 }}
          value={status}
          onChange={(v) => setParams(v ? { status: String(v) } : {}, { replace: true })}
          data-testid="fair-filter-status"
        />
      </Flex>
      <PagedTable<FairRow>
        list={list}
        rows={rows}
        columns={columns}
        rowTestId="fair-row"
        idAttribute="fair-id"
        emptyText={t('emp.fairs.empty')}
        loadMoreTestId="fair-load-more"
      />
      {canEdit && <FairCreateModal open={creating} onClose={() => setCreating(false)} />}
    </Card>
  );
}
