import { z } from 'zod';
import { defineEnum, type EnumValue } from '../common/labelled-enum';

/** 工会组织 levels. Industry unions (产业工会) sit beside the territorial tree under a federation. */
export const OrgKind = defineEnum({
  PROVINCE: { zh: '省总工会', en: 'Provincial federation' },
  PREFECTURE: { zh: '市(州)总工会', en: 'Prefecture federation' },
  COUNTY: { zh: '县(市、区)总工会', en: 'County federation' },
  GRASSROOTS_ENTERPRISE: { zh: '基层工会(企业)', en: 'Grassroots union (enterprise)' },
  GRASSROOTS_COMMUNITY: { zh: '基层工会(社区)', en: 'Grassroots union (community)' },
  INDUSTRY: { zh: '产业工会', en: 'Industry union' },
});
export type OrgKind = EnumValue<typeof OrgKind>;

export const Role = defineEnum({
  admin: { zh: '管理员', en: 'Administrator' },
  caseworker: { zh: '帮扶工作人员', en: 'Caseworker' },
  reviewer: { zh: '审核人员', en: 'Reviewer' },
  auditor: { zh: '审计人员', en: 'Auditor' },
  volunteer: { zh: '志愿者', en: 'Volunteer' },
  fund_officer: { zh: '基金专员', en: 'Fund officer' },
  employment_officer: { zh: '就业专员', en: 'Employment officer' },
});
export type Role = EnumValue<typeof Role>;
export const ALL_ROLES: readonly Role[] = Role.values;

/**
 * Org scope is a materialised path of org codes: '/520000/520300/520302/'. A path is inside
 * another when it starts with it.
 */
export function isWithinScope(rowPath: string, scopePath: string): boolean {
  return rowPath.startsWith(scopePath);
}

export const PasswordSchema = z
  .string()
  .min(10, '密码至少10位 / password must be at least 10 characters')
  .max(128)
  .refine(
    (p) => /[A-Za-z]/.test(p) && /\d/.test(p),
    '密码须同时包含字母和数字 / password needs letters and digits',
  );

export const SignInSchema = z.object({
  username: z.string().trim().min(1, '请输入用户名 / username is required').max(64),
  password: z.string().min(1, '请输入密码 / password is required').max(128),
});
export type SignInInput = z.input<typeof SignInSchema>;
