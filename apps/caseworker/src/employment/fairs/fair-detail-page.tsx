import { DesktopOutlined, PlusOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { domainCode, errorMessage, formatDate, formatInstant, useLang } from '@bangfu/client';
import { FairProgramme } from '@bangfu/domain';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Space,
  Statistic,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useT } from '../../i18n/use-t';
import { useCancelFair, useFair, usePublishFair } from '../api/use-fairs';
import { useDivisionName } from '../components/division-name';
import { FairStatusTag } from '../components/status-tags';
import { useCanEditEmployment } from '../permissions';
import { AddBoothModal } from './add-booth-modal';
import { BoothTable } from './booth-table';

/** The kiosk screen of a fair, served by the same server under /kiosk/. */
export function kioskUrl(fairId: string): string {
  return `/kiosk/?fair=${encodeURIComponent(fairId)}`;
}

export function FairDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const label = useEnumLabel();
  const divisionName = useDivisionName();
  const canEdit = useCanEditEmployment();
  const fair = useFair(id);
  const publish = usePublishFair();
  const cancel = useCancelFair();
  const [addingBooth, setAddingBooth] = useState(false);
  const f = fair.data;
  if (fair.isError && !f) {
    return (
      <QueryError error={fair.error} notFoundText={t('emp.fairs.notFound')} onRetry={() => fair.refetch()} />
    );
  }
  if (!f) return <PageLoading />;

  // A stale version means someone else acted first: say so and show what they did.
  const onActionError = (err: unknown) => {
    if (domainCode(err) === 'VERSION_CONFLICT') {
      message.warning(`${t('emp.conflictTitle')}：${t('emp.conflictHint')}`);
      void fair.refetch();
    } else {
      message.error(errorMessage(err, lang));
    }
  };
  const onPublish = () =>
    publish.mutate(
      { id: f.id, version: f.version },
      { onSuccess: () => message.success(t('emp.fair.published')), onError: onActionError },
    );
  const onCancel = () =>
    cancel.mutate(
      { id: f.id, version: f.version },
      { onSuccess: () => message.success(t('emp.fair.cancelled')), onError: onActionError },
    );
  const totalInterest = f.interest.reduce((sum, i) => sum + i.count, 0);
  const published = f.status === 'PUBLISHED';

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
          <Space align="center">
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="fair-detail-title">
              {f.name}
            </Typography.Title>
            <FairStatusTag value={f.status} />
          </Space>
          <Space wrap>
            <Tooltip title={published ? undefined : t('emp.fair.openKioskHint')}>
              <Button
                icon={<DesktopOutlined />}
                href={published ? kioskUrl(f.id) : undefined}
                target="_blank"
                rel="noopener"
                disabled={!published}
                data-testid="fair-open-kiosk"
              >
                {t('emp.fair.openKiosk')}
              </Button>
            </Tooltip>
            {canEdit && f.status === 'DRAFT' && (
              <Popconfirm title={t('emp.fair.publishConfirm')} onConfirm={onPublish}>
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  loading={publish.isPending}
                  data-testid="fair-publish"
                >
                  {t('emp.fair.publish')}
                </Button>
              </Popconfirm>
            )}
            {canEdit && f.status !== 'CANCELLED' && (
              <Popconfirm
                title={t('emp.fair.cancelConfirm')}
                onConfirm={onCancel}
                okButtonProps={{ danger: true }}
              >
                <Button danger icon={<StopOutlined />} loading={cancel.isPending} data-testid="fair-cancel">
                  {t('emp.fair.cancel')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Flex>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('emp.fair.programme')}>
            {label(FairProgramme, f.programme)}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.fair.divisionCode')}>
            {divisionName(f.divisionCode)}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.fair.organiser')}>{f.organiserName}</Descriptions.Item>
          <Descriptions.Item label={t('emp.fair.venue')} span={2}>
            {f.venue}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.fair.dates')}>
            {formatDate(f.startDate, lang)} – {formatDate(f.endDate, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('emp.fair.publishedAt')}>
            {formatInstant(f.publishedAt, lang)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('emp.fair.booths')}
        extra={
          canEdit &&
          f.status !== 'CANCELLED' && (
            <Button icon={<PlusOutlined />} onClick={() => setAddingBooth(true)} data-testid="fair-add-booth">
              {t('emp.fair.addBooth')}
            </Button>
          )
        }
      >
        <Flex gap={48} style={{ marginBottom: 16 }}>
          <Statistic title={t('emp.fair.boothCount')} value={f.booths.length} />
          <Statistic
            title={t('emp.fair.positionCount')}
            value={f.booths.reduce((n, b) => n + b.positions.length, 0)}
          />
          <Statistic title={t('emp.fair.interest')} value={totalInterest} data-testid="fair-interest-total" />
        </Flex>
        <BoothTable fair={f} canEdit={canEdit} />
      </Card>
      {canEdit && <AddBoothModal fairId={f.id} open={addingBooth} onClose={() => setAddingBooth(false)} />}
    </Flex>
  );
}
