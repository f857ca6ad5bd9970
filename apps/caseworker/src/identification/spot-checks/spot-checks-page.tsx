import type { RouterOutputs } from '@bangfu/client';
import { formatInstant, useLang } from '@bangfu/client';
import { HouseholdStatus, SPOT_CHECK_ROLES, SpotCheckOutcome } from '@bangfu/domain';
import { Card, Descriptions, Flex, Table, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useSpotCheck } from '../api/use-oversight';
import { IdentNotAllowed } from '../components/ident-not-allowed';
import { StepErrorAlert } from '../components/step-error-alert';
import { useIdentT } from '../i18n/use-ident-t';
import { useHasRole } from '../permissions';
import { DrawSpotCheckForm } from './draw-form';
import { SpotCheckOutcomeForm } from './outcome-form';
import { SpotCheckHistory } from './spot-check-history';

type Item = RouterOutputs['oversight']['spotCheck']['items'][number];

/** 抽查: draw a sample, then record each sampled file's outcome. The drawn check's id stays in the URL. */
export function SpotChecksPage() {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const allowed = useHasRole(SPOT_CHECK_ROLES);
  const check = useSpotCheck(allowed ? id : null);
  if (!allowed) return <IdentNotAllowed />;
  const c = check.data;
  return (
    <Flex vertical gap={16} data-testid="spot-checks-page">
      <DrawSpotCheckForm onDrawn={(drawn) => setParams({ id: drawn })} />
      <SpotCheckHistory selected={id} onOpen={(open) => setParams({ id: open })} />
      <StepErrorAlert error={check.error} />
      {c && (
        <Card title={t('id.spot.items')}>
          <Descriptions size="small" column={4} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('id.spot.drawnAt')}>
              {formatInstant(c.drawnAt, lang)}
            </Descriptions.Item>
            <Descriptions.Item label={t('id.spot.seed')}>{c.seed}</Descriptions.Item>
            <Descriptions.Item label={t('id.spot.population')}>{c.populationCount}</Descriptions.Item>
            <Descriptions.Item label={t('id.spot.sample')}>{c.sampleCount}</Descriptions.Item>
          </Descriptions>
          <Table<Item>
            rowKey="id"
            size="small"
            dataSource={c.items}
            pagination={{ pageSize: 20 }}
            expandable={{
              rowExpandable: (i) => i.outcome === null,
              expandedRowRender: (i) => <SpotCheckOutcomeForm itemId={i.id} version={i.version} />,
            }}
            columns={[
              {
                title: t('id.inbox.head'),
                render: (_, i) => <Link to={`/identification/cases/${i.householdId}`}>{i.headName}</Link>,
              },
              { title: t('id.case.fileNo'), dataIndex: 'fileNo' },
              { title: t('id.inbox.org'), dataIndex: 'orgName' },
              { title: t('id.spot.stratum'), dataIndex: 'stratum' },
              { title: t('id.inbox.status'), render: (_, i) => label(HouseholdStatus, i.statusAtDraw) },
              {
                title: t('id.spot.outcome'),
                render: (_, i) => (i.outcome ? <Tag>{label(SpotCheckOutcome, i.outcome)}</Tag> : '—'),
              },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
