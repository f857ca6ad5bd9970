import type { RouterOutputs } from '@bangfu/client';
import { formatDate, useLang } from '@bangfu/client';
import { VisitOutcome, VisitStatus, VOLUNTEER_ROLES } from '@bangfu/domain';
import { Card, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useMyVisits } from '../api/use-oversight';
import { IdentNotAllowed } from '../components/ident-not-allowed';
import { StepErrorAlert } from '../components/step-error-alert';
import { useIdentT } from '../i18n/use-ident-t';
import { useHasRole } from '../permissions';
import { RecordVisitForm } from './record-visit-form';

type Visit = RouterOutputs['oversight']['myVisits'][number];

/** 我的核查走访: a volunteer's own visits only (masked name, community level), and their findings. */
export function VisitsPage() {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const allowed = useHasRole(VOLUNTEER_ROLES);
  const visits = useMyVisits(allowed);
  if (!allowed) return <IdentNotAllowed />;
  return (
    <Card title={t('id.visits.title')} data-testid="visits-page">
      <StepErrorAlert error={visits.error} />
      <Table<Visit>
        rowKey="id"
        size="small"
        loading={visits.isPending}
        dataSource={visits.data ?? []}
        locale={{ emptyText: t('id.visits.empty') }}
        pagination={false}
        onRow={(v) =>
          ({ 'data-testid': 'visit-row', 'data-status': v.status }) as HTMLAttributes<HTMLElement>
        }
        expandable={{
          rowExpandable: (v) => v.status === 'ASSIGNED',
          expandedRowRender: (v) => <RecordVisitForm visitId={v.id} version={v.version} />,
        }}
        columns={[
          { title: t('id.visits.head'), dataIndex: 'headNameMasked' },
          { title: t('id.visits.area'), dataIndex: 'community' },
          { title: t('id.visits.dueOn'), dataIndex: 'dueOn', render: (d: string) => formatDate(d, lang) },
          {
            title: t('id.visits.status'),
            render: (_, v) => (
              <>
                <Tag color={v.status === 'DONE' ? 'green' : 'blue'}>{label(VisitStatus, v.status)}</Tag>
                {v.outcome && <Tag>{label(VisitOutcome, v.outcome)}</Tag>}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
