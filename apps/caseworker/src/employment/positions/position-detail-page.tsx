import { EditOutlined, StopOutlined, UserAddOutlined } from '@ant-design/icons';
import { formatDate, formatInstant, useLang } from '@bangfu/client';
import { PositionCategory, Suitability, WorkHours } from '@bangfu/domain';
import { Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useT } from '../../i18n/use-t';
import { usePosition } from '../api/use-positions';
import { useDivisionName } from '../components/division-name';
import { formatSalaryRange } from '../components/salary';
import { ListedTag, PositionStatusTag } from '../components/status-tags';
import { PositionMatchesCard } from '../matching/position-matches-card';
import { useCanEditEmployment } from '../permissions';
import { ClosePositionModal } from './close-position-modal';
import { RecordHiresModal } from './record-hires-modal';

type Dialog = 'close' | 'hires' | null;

export function PositionDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const divisionName = useDivisionName();
  const navigate = useNavigate();
  const canEdit = useCanEditEmployment();
  const position = usePosition(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const p = position.data;
  if (position.isError && !p) {
    return (
      <QueryError
        error={position.error}
        notFoundText={t('emp.positions.notFound')}
        onRetry={() => position.refetch()}
      />
    );
  }
  if (!p) return <PageLoading />;
  const active = p.status === 'OPEN' || p.status === 'DRAFT';
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
          <Space align="center">
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="position-detail-title">
              {p.title}
            </Typography.Title>
            <PositionStatusTag value={p.status} />
            <ListedTag listed={p.listed} />
          </Space>
          {canEdit && (
            <Space>
              <Button
                icon={<EditOutlined />}
                onClick={() => navigate(`/employment/positions/${p.id}/edit`)}
                data-testid="position-edit"
              >
                {t('emp.position.edit')}
              </Button>
              <Button
                icon={<UserAddOutlined />}
                disabled={p.status !== 'OPEN' || p.filled >= p.headcount}
                onClick={() => setDialog('hires')}
                data-testid="position-record-hires"
              >
                {t('emp.position.recordHires')}
              </Button>
              <Button
                danger
                icon={<StopOutlined />}
                disabled={!active}
                onClick={() => setDialog('close')}
                data-testid="position-close"
              >
                {t('emp.position.close')}
              </Button>
            </Space>
          )}
        </Flex>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('emp.position.employerId')}>
            <Link to={`/employment/positions?employer=${p.employerId}`}>{p.employerName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.position.category')}>
            {label(PositionCategory, p.category)}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.position.divisionCode')}>
            {divisionName(p.divisionCode)}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.position.workAddress')} span={2}>
            {p.workAddress}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.position.salary')}>
            {formatSalaryRange(p.salaryMinFen, p.salaryMaxFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.position.headcount')}>{p.headcount}</Descriptions.Item>
          <Descriptions.Item label={t('emp.position.filled')}>
            <span data-testid="position-filled">{p.filled}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.position.hours')}>{label(WorkHours, p.hours)}</Descriptions.Item>
          <Descriptions.Item label={t('emp.position.validity')}>
            {formatDate(p.validFrom, lang)} – {formatDate(p.validTo, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.position.updatedAt')}>
            {formatInstant(p.updatedAt, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.position.trainingCourse')}>
            {p.trainingCourseId ? <Tag>{p.trainingCourseId.slice(0, 8)}</Tag> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.position.skills')} span={3}>
            {p.skills.length > 0 ? p.skills.map((s) => <Tag key={s}>{s}</Tag>) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.position.suitability')} span={3}>
            {p.suitability.length > 0
              ? p.suitability.map((s) => (
                  <Tag key={s} color="green">
                    {label(Suitability, s)}
                  </Tag>
                ))
              : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.position.requirements')} span={3}>
            <span style={{ whiteSpace: 'pre-line' }}>{p.requirements ?? '—'}</span>
          </Descriptions.Item>
        </Descriptions>
        {canEdit && (
          <>
            <ClosePositionModal
              position={p}
              open={dialog === 'close'}
              onClose={() => setDialog(null)}
              onReload={() => position.refetch()}
            />
            <RecordHiresModal
              position={p}
              open={dialog === 'hires'}
              onClose={() => setDialog(null)}
              onReload={() => position.refetch()}
            />
          </>
        )}
      </Card>
      <PositionMatchesCard positionId={p.id} />
    </Flex>
  );
}
