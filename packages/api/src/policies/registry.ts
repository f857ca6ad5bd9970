import {
  DEFAULT_IDENTIFICATION_POLICY,
  DEFAULT_WORKING_CALENDAR,
  IdentificationPolicySchema,
  type Label,
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
  IDENTIFICATION: {
    label: { zh: '识别标准与流程参数', en: 'Identification standards and procedure' },
    schema: IdentificationPolicySchema,
    fallback: DEFAULT_IDENTIFICATION_POLICY,
  },
  CALENDAR: {
    label: { zh: '工作日历(法定节假日与调休)', en: 'Working calendar (public holidays, make-up days)' },
    schema: WorkingCalendarSchema,
    fallback: DEFAULT_WORKING_CALENDAR,
  },
};
