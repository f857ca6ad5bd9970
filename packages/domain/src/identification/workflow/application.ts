import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** 申请渠道 (brief §3.1 step 1): where the worker handed in the application. */
export const ApplicationChannel = defineEnum({
  UNIT: { zh: '所在单位工会', en: "Employer's union" },
  COMMUNITY: { zh: '街道(社区)工会', en: 'Street or community union' },
  HIGHER_UNION: { zh: '上级工会或帮扶中心', en: 'Higher union or aid centre' },
});
export type ApplicationChannel = EnumValue<typeof ApplicationChannel>;

/** The purposes a worker consents to separately (brief §11.2, PIPL arts. 13, 23, 25, 29). */
export const ConsentPurpose = defineEnum({
  general: { zh: '个人信息处理同意', en: 'Consent to processing' },
  sensitive: { zh: '敏感个人信息单独同意', en: 'Separate consent for sensitive data' },
  publicity: { zh: '公示单独同意', en: 'Separate consent to public notice' },
  incomeCheck: { zh: '经济状况核对授权', en: 'Authorisation of the income check' },
});
export type ConsentPurpose = EnumValue<typeof ConsentPurpose>;

/** One consent as signed: granted or not, the version of the notice text, and when. */
export const ConsentSchema = z.object({
  granted: z.boolean(),
  version: z.string().trim().min(1, '请填写告知书版本 / notice version is required').max(20),
  at: z.iso.datetime({ offset: true, message: '签署时间无效 / invalid signing time' }),
});
export type Consent = z.infer<typeof ConsentSchema>;

export const ConsentsSchema = z.object({
  general: ConsentSchema,
  sensitive: ConsentSchema,
  publicity: ConsentSchema,
  incomeCheck: ConsentSchema,
});
export type Consents = z.infer<typeof ConsentsSchema>;

interface ApplicationForms {
  consents: Consents;
  incomeCommitmentSigned: boolean;
  incomeCheckAuthorised: boolean;
}

/**
 * What is missing before an application may be submitted: every consent granted, the household
 * income 承诺书 and the 核对授权书 signed. Returns field errors keyed by input path (empty = complete).
 */
export function missingApplicationForms(a: ApplicationForms): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const purpose of ConsentPurpose.values) {
    if (!a.consents[purpose].granted) {
      const label = ConsentPurpose.labels[purpose];
      errors[`consents.${purpose}`] = [`缺少${label.zh} / ${label.en} is missing`];
    }
  }
  if (!a.incomeCommitmentSigned) {
    errors.incomeCommitmentSigned = ['请签署家庭收入承诺书 / the income commitment must be signed'];
  }
  if (!a.incomeCheckAuthorised) {
    errors.incomeCheckAuthorised = [
      '请签署经济状况核对授权书 / the income-check authorisation must be signed',
    ];
  }
  return errors;
}

/** 提交申请: DRAFT or RETURNED → SUBMITTED. */
export const SubmitApplicationSchema = z
  .object({
    householdId: z.uuid(),
    expectedVersion: z.number().int().min(1),
    channel: ApplicationChannel.schema,
    appliedOn: IsoDateSchema,
    consents: ConsentsSchema,
    incomeCommitmentSigned: z.boolean(),
    incomeCheckAuthorised: z.boolean(),
  })
  .superRefine((a, ctx) => {
    for (const [path, [message]] of Object.entries(missingApplicationForms(a))) {
      ctx.addIssue({ code: 'custom', path: path.split('.'), message: message ?? path });
    }
  });
export type SubmitApplicationInput = z.input<typeof SubmitApplicationSchema>;
