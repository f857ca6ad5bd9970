import { DeleteOutlined } from '@ant-design/icons';
import { errorMessage, useLang } from '@bangfu/client';
import {
  App,
  Badge,
  Button,
  Empty,
  Flex,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tooltip,
} from 'antd';
import { type HTMLAttributes, useMemo } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t';
import type { FairBooth, FairDetail } from '../api/types';
import { useRemoveBooth } from '../api/use-fairs';
import { ListedTag } from '../components/status-tags';

interface BoothTableProps {
  fair: FairDetail;
  canEdit: boolean;
}

/** Employers at the fair with their booth, the positions they bring, and how many visitors tapped each. */
export function BoothTable({ fair, canEdit }: BoothTableProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const remove = useRemoveBooth();
  const interest = useMemo(() => new Map(fair.interest.map((i) => [i.positionId, i.count])), [fair.interest]);
  const editable = canEdit && fair.status !== 'CANCELLED';
  const onRemove = (employerId: string) =>
    remove.mutate(
      { fairId: fair.id, employerId },
      {
        onSuccess: () => message.success(t('emp.fair.boothRemoved')),
        onError: (err) => message.error(errorMessage(err, lang)),
      },
    );
  const columns: TableColumnsType<FairBooth> = [
    { key: 'boothNo', title: t('emp.fair.boothNo'), dataIndex: 'boothNo', width: 90 },
    {
      key: 'employer',
      title: t('emp.position.employerId'),
      dataIndex: 'employerName',
      width: 220,
      render: (name: string, row) => (
        <Link to={`/employment/positions?employer=${row.employerId}`}>{name}</Link>
      ),
    },
    {
      key: 'positions',
      title: t('emp.fair.boothPositions'),
      render: (_: unknown, row) => (
        <Flex vertical gap={4}>
          {row.positions.map((p) => (
            <Space key={p.id} size={8} data-testid="booth-position" data-position-id={p.id}>
              <Link to={`/employment/positions/${p.id}`}>{p.title}</Link>
              <ListedTag listed={p.listed} />
              <Tooltip title={t('emp.fair.interest')}>
                <Badge
                  count={t('emp.fair.interestCount', { n: interest.get(p.id) ?? 0 })}
                  color={(interest.get(p.id) ?? 0) > 0 ? '#c41d1d' : '#bfbfbf'}
                  data-testid="booth-position-interest"
                />
              </Tooltip>
            </Space>
          ))}
        </Flex>
      ),
    },
    ...(editable
      ? [
          {
            key: 'actions',
            title: t('emp.actions'),
            width: 90,
            render: (_: unknown, row: FairBooth) => (
              <Popconfirm title={t('emp.fair.removeBoothConfirm')} onConfirm={() => onRemove(row.employerId)}>
                <Button size="small" danger type="text" icon={<DeleteOutlined />} data-testid="booth-remove">
                  {t('emp.fair.removeBooth')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<FairBooth>
      rowKey="employerId"
      size="middle"
      columns={columns}
      dataSource={fair.booths}
      pagination={false}
      loading={remove.isPending}
      onRow={(row) =>
        ({ 'data-testid': 'booth-row', 'data-employer-id': row.employerId }) as HTMLAttributes<HTMLElement>
      }
      locale={{ emptyText: <Empty description={t('emp.fair.noBooths')} /> }}
    />
  );
}
