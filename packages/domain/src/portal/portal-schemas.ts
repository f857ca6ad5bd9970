import { z } from 'zod';
import { defineEnum, type EnumValue } from '../common/labelled-enum';
import { PhoneSchema } from '../household/household-schema';
import { IdNumberSchema } from '../id-number';
import { ACTIVATION_CODE_LENGTH, normalizeActivationCode } from './activation-code';
import { pinProblem } from './pin';

/** What a worker may raise from the portal; staff handle each one. */
export const WorkerRequestKind = defineEnum({
  OBJECTION: { zh: '对认定结果或公示有异议', en: 'Objection to the decision or the notice' },
  APPEAL: { zh: '申诉', en: 'Appeal' },
  CHANGE_REPORT: { zh: '家庭情况变化报告', en: 'Report a change in circumstances' },
  PHONE_UPDATE: { zh: '联系电话变更', en: 'Phone number changed' },
});
export type WorkerRequestKind = EnumValue<typeof WorkerRequestKind>;

export const WorkerRequestStatus = defineEnum({
  OPEN: { zh: '待处理', en: 'Open' },
  HANDLED: { zh: '已处理', en: 'Handled' },
});
export type WorkerRequestStatus = EnumValue<typeof WorkerRequestStatus>;

const ActivationCodeSchema = z
  .string()
  .max(40)
  .transform(normalizeActivationCode)
  .pipe(z.string().length(ACTIVATION_CODE_LENGTH, '激活码应为10位 / the activation code has 10 characters'));

export const PinSchema = z.string().superRefine((pin, ctx) => {
  const problem = pinProblem(pin);
  if (problem === 'FORMAT')
    ctx.addIssue({ code: 'custom', message: '密码应为6位数字 / the PIN is 6 digits' });
  if (problem === 'TRIVIAL')
    ctx.addIssue({
      code: 'custom',
      message: '密码过于简单,请换一个 / this PIN is too easy to guess; choose another',
    });
});

export const PortalActivateSchema = z.object({ idNumber: IdNumberSchema, code: ActivationCodeSchema });
export type PortalActivateInput = z.input<typeof PortalActivateSchema>;

export const PortalSetPinSchema = z.object({ pin: PinSchema });
// Sign-in checks only the shape: a PIN set under older rules must still let its owner in.
export const PortalSignInSchema = z.object({
  idNumber: IdNumberSchema,
  pin: z.string().regex(/^\d{6}$/, '密码应为6位数字 / the PIN is 6 digits'),
});
export type PortalSignInInput = z.input<typeof PortalSignInSchema>;

export const PortalSignPlanSchema = z.object({ planId: z.uuid(), expectedVersion: z.number().int().min(0) });
export const PortalRaiseRequestSchema = z.object({
  kind: WorkerRequestKind.schema.exclude(['PHONE_UPDATE']),
  text: z.string().trim().min(1, '请填写内容 / please write something').max(2000),
});
export const PortalUpdatePhoneSchema = z.object({ phone: PhoneSchema });

export const IssueCardSchema = z.object({ householdId: z.uuid() });
export const CardHistorySchema = IssueCardSchema;
export const WorkerRequestListSchema = z.object({
  orgId: z.uuid(),
  status: WorkerRequestStatus.schema.optional(),
});
export const HandleWorkerRequestSchema = z.object({
  requestId: z.uuid(),
  expectedVersion: z.number().int().min(0),
  handling: z.string().trim().min(1, '请填写处理结果 / please say how it was handled').max(2000),
});
