import { labelKey, useLang } from '@bangfu/client';
import { PositionCategory } from '@bangfu/domain';
import {
  Card,
  DatePicker,
  Flex,
  Input,
  Progress,
  Select,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../components/query-error';
import { type CourseCatalogueRow, useCourseCatalogue } from './support-api';
import { useSupportT } from './use-support-t';

function useCourseColumns(): TableColumnsType<CourseCatalogueRow> {
  const t = useSupportT();
  const { lang } = useLang();
  return [
    { key: 'title', title: t('sup.course.title'), dataIndex: 'title', width: 200 },
    {
      key: 'category',
      title: t('sup.courses.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: CourseCatalogueRow['category']) => PositionCategory.label(c, labelKey(lang)),
    },
    { key: 'org', title: t('sup.course.org'), dataIndex: 'orgName', ellipsis: true },
    { key: 'partner', title: t('sup.course.partner'), dataIndex: 'partner', ellipsis: true },
    {
      key: 'dates',
      title: t('sup.course.dates'),
      width: 190,
      render: (_: unknown, r) => `${r.startDate} – ${r.endDate}`,
    },
    {
      key: 'places',
      title: t('sup.course.places'),
      width: 150,
      render: (_: unknown, r) => (
        <Flex vertical gap={0}>
          <span>
            {r.enrolled}/{r.capacity}
          </span>
          <Progress percent={Math.round((r.enrolled * 100) / r.capacity)} size="small" showInfo={false} />
        </Flex>
      ),
    },
    { key: 'completed', title: t('sup.course.completed'), dataIndex: 'completed', align: 'right', width: 70 },
    { key: 'sessions', title: t('sup.course.sessions'), dataIndex: 'sessions', align: 'right', width: 70 },
    {
      key: 'attendance',
      title: t('sup.course.attendance'),
      dataIndex: 'attendance',
      align: 'right',
      width: 80,
    },
  ];
}

/** 培训课程: every union's courses with places taken, sessions held and attendances; filters in the URL. */
export function CourseListPage() {
  const t = useSupportT();
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const search = params.get('q')?.trim().slice(0, 50) || undefined;
  const category = (params.get('category') as CourseCatalogueRow['category'] | null) ?? undefined;
  const from = params.get('from') ?? undefined;
  const list = useCourseCatalogue({ search, category, from, limit: 200 });
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const columns = useCourseColumns();
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('sup.courses.title')}
      </Typography.Title>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          key={search ?? ''}
          defaultValue={search}
          allowClear
          maxLength={50}
          placeholder={t('sup.courses.search')}
          aria-label={t('sup.courses.search')}
          style={{ width: 280 }}
          onSearch={(v) => set('q', v.trim() || undefined)}
          data-testid="course-search"
        />
        <Select
          allowClear
          value={category}
          placeholder={t('sup.courses.category')}
          aria-label={t('sup.courses.category')}
          style={{ width: 180 }}
          options={PositionCategory.values.map((v) => ({
            value: v,
            label: PositionCategory.label(v, labelKey(lang)),
          }))}
          onChange={(v?: string) => set('category', v)}
          data-testid="course-category"
        />
        <DatePicker
          placeholder={t('sup.courses.from')}
          aria-label={t('sup.courses.from')}
          onChange={(d: Dayjs | null) => set('from', d ? d.format('YYYY-MM-DD') : undefined)}
        />
      </Flex>
      {list.error ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<CourseCatalogueRow>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          columns={columns}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('sup.courses.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onRow={(r) => ({ 'data-testid': 'course-row', 'data-course-id': r.id }) as never}
        />
      )}
    </Card>
  );
}
