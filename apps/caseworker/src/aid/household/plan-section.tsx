import { EditOutlined, FileDoneOutlined, PlusOutlined } from '@ant-design/icons';
import { businessToday } from '@bangfu/client';
import type { HardshipCause } from '@bangfu/domain';
import { Button, Divider, Empty, Flex, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import type { HouseholdPlans } from '../api/types';
import { useAidT } from '../i18n/use-aid-t';
import { EDIT_PLAN_ROLES, useHasAidRole } from '../permissions';
import { PlanDraftModal } from './plan-draft-modal';
import { PlanView } from './plan-view';
import { SignPaperModal } from './sign-paper-modal';

interface PlanSectionProps {
  householdId: string;
  plans: HouseholdPlans;
  mainCause: HardshipCause;
  headName: string;
  /** FILED or AIDED: only then may a plan be drawn up. */
  eligible: boolean;
}

/** 一户一计划: the plan in force and the draft beside it, with edit and paper-signature actions. */
export function PlanSection({ householdId, plans, mainCause, headName, eligible }: PlanSectionProps) {
  const t = useAidT();
  const canEdit = useHasAidRole(EDIT_PLAN_ROLES) && eligible;
  const [editing, setEditing] = useState(false);
  const [signing, setSigning] = useState(false);
  const { current, draft } = plans;
  const editButton = (label: string, icon: ReactNode) =>
    canEdit && (
      <Button size="small" icon={icon} onClick={() => setEditing(true)} data-testid="plan-edit">
        {label}
      </Button>
    );
  return (
    <Flex vertical gap={8}>
      {!current && !draft && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('aid.plan.none')}>
          {editButton(t('aid.plan.new'), <PlusOutlined />)}
        </Empty>
      )}
      {draft && (
        <PlanView
          plan={draft}
          title={t('aid.plan.draft')}
          testId="aid-plan-draft"
          actions={
            <Space>
              {editButton(t('aid.plan.edit'), <EditOutlined />)}
              {canEdit && (
                <Button
                  size="small"
                  type="primary"
                  icon={<FileDoneOutlined />}
                  onClick={() => setSigning(true)}
                  data-testid="plan-sign-paper"
                >
                  {t('aid.plan.signPaper')}
                </Button>
              )}
            </Space>
          }
        />
      )}
      {draft && current && <Divider style={{ margin: '8px 0' }} />}
      {current && (
        <PlanView
          plan={current}
          title={t('aid.plan.current')}
          testId="aid-plan-current"
          actions={!draft && editButton(t('aid.plan.revise'), <EditOutlined />)}
        />
      )}
      {editing && (
        <PlanDraftModal
          householdId={householdId}
          mainCause={mainCause}
          draft={draft}
          current={current}
          thisYear={Number(businessToday().slice(0, 4))}
          onClose={() => setEditing(false)}
        />
      )}
      {signing && draft && (
        <SignPaperModal
          householdId={householdId}
          plan={draft}
          defaultSigner={headName}
          onClose={() => setSigning(false)}
        />
      )}
    </Flex>
  );
}
