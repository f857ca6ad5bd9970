import {
  AID_POLICY_KIND,
  AidPolicySchema,
  ASSESSMENT_POLICY_KIND,
  AssessmentPolicySchema,
  CALENDAR_POLICY_KIND,
  DEFAULT_AID_POLICY,
  DEFAULT_ASSESSMENT_POLICY,
  DEFAULT_DYNAMIC_MANAGEMENT_POLICY,
  DEFAULT_FESTIVAL_POLICY,
  DEFAULT_IDENTIFICATION_POLICY,
  DEFAULT_MUTUAL_AID_CLAIMS_POLICY,
  DEFAULT_MUTUAL_AID_POLICY,
  DEFAULT_OUTBOX_POLICY,
  DEFAULT_RETENTION_POLICY,
  DEFAULT_WORKING_CALENDAR,
  DYNAMIC_MANAGEMENT_POLICY_KIND,
  DynamicManagementPolicySchema,
  FESTIVAL_POLICY_KIND,
  FestivalPolicySchema,
  IDENTIFICATION_POLICY_KIND,
  IdentificationPolicySchema,
  type Label,
  MUTUAL_AID_CLAIMS_POLICY_KIND,
  MUTUAL_AID_POLICY_KIND,
  MutualAidClaimsPolicySchema,
  MutualAidPolicySchema,
  OUTBOX_POLICY_KIND,
  OutboxPolicySchema,
  RETENTION_POLICY_KIND,
  RetentionPolicySchema,
  WorkingCalendarSchema,
} from '@bangfu/domain';
import type { z } from 'zod';

export interface PolicyKind {
  readonly label: Label;
  readonly schema: z.ZodType<unknown>;
  readonly fallback: unknown;
}

/**
 * Every policy an admin may edit, by kind. Each area adds its own entry; the policies router
 * validates a published body with the entry's schema.
 */
export const POLICY_REGISTRY: Record<string, PolicyKind> = {
  [IDENTIFICATION_POLICY_KIND]: {
    label: { zh: '识别标准与流程参数', en: 'Identification standards and procedure' },
    schema: IdentificationPolicySchema,
    fallback: DEFAULT_IDENTIFICATION_POLICY,
  },
  [CALENDAR_POLICY_KIND]: {
    label: { zh: '工作日历(法定节假日与调休)', en: 'Working calendar (public holidays, make-up days)' },
    schema: WorkingCalendarSchema,
    fallback: DEFAULT_WORKING_CALENDAR,
  },
  [ASSESSMENT_POLICY_KIND]: {
    label: {
      zh: '目标考核评分规则(逾期扣分、复核期限)',
      en: 'Assessment scoring (overdue penalty, review deadline)',
    },
    schema: AssessmentPolicySchema,
    fallback: DEFAULT_ASSESSMENT_POLICY,
  },
  [RETENTION_POLICY_KIND]: {
    label: { zh: '个人信息保存期限', en: 'Retention of closed files' },
    schema: RetentionPolicySchema,
    fallback: DEFAULT_RETENTION_POLICY,
  },
  [AID_POLICY_KIND]: {
    label: {
      zh: '帮扶项目标准、叠加规则与审批权限',
      en: 'Aid programme standards, stacking and approval limits',
    },
    schema: AidPolicySchema,
    fallback: DEFAULT_AID_POLICY,
  },
  [FESTIVAL_POLICY_KIND]: {
    label: { zh: '送温暖慰问金上限', en: 'Festival aid caps' },
    schema: FestivalPolicySchema,
    fallback: DEFAULT_FESTIVAL_POLICY,
  },
  [DYNAMIC_MANAGEMENT_POLICY_KIND]: {
    label: {
      zh: '动态管理(核实、整改、回访)',
      en: 'Dynamic management (verification, rectification, follow-up)',
    },
    schema: DynamicManagementPolicySchema,
    fallback: DEFAULT_DYNAMIC_MANAGEMENT_POLICY,
  },
  [MUTUAL_AID_POLICY_KIND]: {
    label: {
      zh: '医疗互助参保认定(困难职工、特困药补对象)',
      en: 'Mutual-aid membership (hardship, pharmacy subsidy)',
    },
    schema: MutualAidPolicySchema,
    fallback: DEFAULT_MUTUAL_AID_POLICY,
  },
  [MUTUAL_AID_CLAIMS_POLICY_KIND]: {
    label: { zh: '互助理赔复核规则', en: 'Mutual-aid claim review rules' },
    schema: MutualAidClaimsPolicySchema,
    fallback: DEFAULT_MUTUAL_AID_CLAIMS_POLICY,
  },
  [OUTBOX_POLICY_KIND]: {
    label: { zh: '消息发送重试规则', en: 'Message delivery retries' },
    schema: OutboxPolicySchema,
    fallback: DEFAULT_OUTBOX_POLICY,
  },
};
