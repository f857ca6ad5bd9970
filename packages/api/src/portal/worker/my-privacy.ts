import {
  HealthStatus,
  type Label,
  maskBankAccount,
  maskPhone,
  REVEAL_PURPOSE_LABELS,
  Relation,
  type RevealPurpose,
  Role,
} from '@bangfu/domain';
import { businessDate } from '../../common/business-date';
import type { WorkerContext } from './worker-context';

export interface HeldMemberDto {
  name: string;
  relation: Label;
  idNumber: string;
  phone: string | null;
  /** Health is held (sensitive, 健康); shown to the worker as what the file says. */
  health: Label;
}

export interface AccessEntryDto {
  id: string;
  date: string;
  orgName: string;
  role: Label | null;
  field: Label;
  purpose: Label | null;
}

export interface MyPrivacyDto {
  members: HeldMemberDto[];
  bankAccount: string | null;
  /** Kinds of data the file holds, for the "what we hold" list. */
  categories: Label[];
  /** Who saw the household's sensitive data unmasked, from the access log. */
  access: AccessEntryDto[];
}

const CATEGORIES: Label[] = [
  { zh: '身份信息:姓名、身份证号、与本人关系', en: 'Identity: names, ID numbers, relationships' },
  { zh: '联系方式与住址', en: 'Phone numbers and address' },
  { zh: '健康与残疾状况(敏感信息)', en: 'Health and disability (sensitive)' },
  { zh: '收入、资产与银行账户(敏感信息)', en: 'Income, assets and bank account (sensitive)' },
  { zh: '帮扶计划、资金发放与审核记录', en: 'Aid plan, payments and review records' },
];

const FIELD: Record<string, Label> = {
  idNumber: { zh: '身份证号', en: 'ID number' },
  bankAccount: { zh: '银行账号', en: 'Bank account' },
};

/**
 * What is held about the worker's household (masked, as staff see it by default) and who has seen
 * its sensitive data unmasked: date, union, role and purpose from the access log. Staff are named
 * by union and role, not personally — the worker's right is to know which processor looked and
 * why; the union's PI officer can name the person on request.
 */
export async function myPrivacy(ctx: WorkerContext): Promise<MyPrivacyDto> {
  const id = ctx.worker.householdId;
  const members = await ctx.db
    .selectFrom('household_member')
    .select(['name', 'relation', 'id_prefix6', 'id_last4', 'phone_enc', 'health'])
    .where('household_id', '=', id)
    .orderBy('seq')
    .execute();
  const bank = await ctx.db
    .selectFrom('household')
    .select(['bank_account_last4'])
    .where('id', '=', id)
    .executeTakeFirst();
  const log = await ctx.db
    .selectFrom('audit_event as a')
    .leftJoin('org_unit as o', 'o.id', 'a.actor_org_id')
    .select(['a.id', 'a.at', 'o.name', 'a.actor_role', 'a.after', 'a.purpose'])
    .where('a.entity_type', '=', 'household')
    .where('a.entity_id', '=', id)
    .where('a.action', 'like', 'household.reveal%')
    .orderBy('a.seq', 'desc')
    .limit(200)
    .execute();
  return {
    members: members.map((m) => ({
      name: m.name,
      relation: Relation.labels[m.relation as Relation] ?? { zh: m.relation, en: m.relation },
      idNumber: `${m.id_prefix6}********${m.id_last4}`,
      phone: m.phone_enc ? maskPhone(ctx.crypto.decrypt(m.phone_enc)) : null,
      health: HealthStatus.labels[m.health as HealthStatus] ?? { zh: m.health, en: m.health },
    })),
    bankAccount: bank?.bank_account_last4 ? maskBankAccount(`0000${bank.bank_account_last4}`) : null,
    categories: CATEGORIES,
    access: log.map((e) => {
      const role = e.actor_role?.split(',')[0] as Role | undefined;
      const field = (e.after as { field?: string } | null)?.field ?? '';
      return {
        id: e.id,
        date: businessDate(new Date(e.at)),
        orgName: e.name ?? '',
        role: role && role in Role.labels ? Role.labels[role] : null,
        field: FIELD[field] ?? { zh: '敏感信息', en: 'Sensitive data' },
        purpose: e.purpose ? (REVEAL_PURPOSE_LABELS[e.purpose as RevealPurpose] ?? null) : null,
      };
    }),
  };
}
