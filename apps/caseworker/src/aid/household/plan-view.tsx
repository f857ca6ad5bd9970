import { formatInstant, useLang } from '@bangfu/client';
import { AidPlanStatus, PlanSignedVia } from '@bangfu/domain';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { AidPlan } from '../api/types';
import { useAidT } from '../i18n/use-aid-t';
import { MeasuresTable } from './measures-table';

interface PlanViewProps {
  plan: AidPlan;
  title: string;
  actions?: ReactNode;
  testId: string;
}

/** One plan (in force or draft): its cadre, exit year, signature and measures. */
export function PlanView({ plan, title, actions, testId }: PlanViewProps) {
  const t = useAidT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const signed = plan.signedAt
    ? t('aid.plan.signedBy', {
        name: plan.signerName ?? '—',
        date: formatInstant(plan.signedAt, lang),
        via: label(PlanSignedVia, plan.signedVia),
      })
    : t('aid.plan.unsigned');
  return (
    <Flex vertical gap={8} data-testid={testId} data-plan-id={plan.id}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>
          {title} · {t('aid.plan.no', { n: plan.planNo })}{' '}
          <Tag color={plan.status === 'SIGNED' ? 'green' : 'orange'}>{label(AidPlanStatus, plan.status)}</Tag>
        </Typography.Text>
        {actions}
      </Flex>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('aid.plan.cadre')}>{plan.responsibleCadreName}</Descriptions.Item>
        <Descriptions.Item label={t('aid.plan.exitYear')}>{plan.plannedExitYear}</Descriptions.Item>
        <Descriptions.Item label={t('aid.plan.signed')}>
          <span data-testid={`${testId}-signature`}>{signed}</span>
        </Descriptions.Item>
      </Descriptions>
      <MeasuresTable measures={plan.measures} />
    </Flex>
  );
}
