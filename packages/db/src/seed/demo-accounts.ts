import { type Label, listCounties, type Role } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { withTransaction } from '../driver';
import { newId } from '../ids';
import type { Database } from '../schema';
import { insertManyRows } from './batch-insert';
import { PROVINCE_ORG_CODE } from './org-tree';

export interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  /** org_unit.code of the account's union; its subtree is the account's scope. */
  readonly orgCode: string;
  readonly roles: Role[];
  readonly description: Label;
}

/** The named demo logins, one per role and level, all sharing the demo password. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'admin',
    displayName: '省总工会系统管理员',
    orgCode: PROVINCE_ORG_CODE,
    roles: ['admin'],
    description: { zh: '省总工会:管理组织与账号', en: 'Provincial federation: manages unions and accounts' },
  },
  {
    username: 'zunyi.cw',
    displayName: '王丽',
    orgCode: '520302',
    roles: ['caseworker'],
    description: {
      zh: '遵义市红花岗区总工会帮扶工作人员:登记、调查、建档',
      en: 'Caseworker, Honghuagang District (Zunyi): registers, surveys and files households',
    },
  },
  {
    username: 'bijie.cw',
    displayName: '龙海',
    orgCode: '520502',
    roles: ['caseworker'],
    description: {
      zh: '毕节市七星关区总工会帮扶工作人员("四看法"识别)',
      en: 'Caseworker, Qixingguan District (Bijie), using the "four looks" method',
    },
  },
  {
    username: 'zunyi.cw2',
    displayName: '王海',
    orgCode: '520302',
    roles: ['caseworker'],
    description: {
      zh: '红花岗区总工会帮扶工作人员:与王丽两人一组入户调查',
      en: 'Caseworker, Honghuagang District: surveys homes in a pair with Wang Li',
    },
  },
  {
    username: 'hhg.reviewer',
    displayName: '郑红',
    orgCode: '520302',
    roles: ['reviewer'],
    description: {
      zh: '红花岗区总工会审核人员:组织民主评议',
      en: 'Reviewer, Honghuagang District: runs democratic reviews',
    },
  },
  {
    username: 'qxn.cw',
    displayName: '黄贵平',
    orgCode: '522301',
    roles: ['caseworker'],
    description: {
      zh: '黔西南州兴义市总工会帮扶工作人员("一进二看三算四比五查六议")',
      en: 'Caseworker, Xingyi (Qianxinan), using the six-step method',
    },
  },
  {
    username: 'qxn.cw2',
    displayName: '罗敏',
    orgCode: '522301',
    roles: ['caseworker'],
    description: {
      zh: '兴义市总工会帮扶工作人员:六步法第二调查人',
      en: 'Caseworker, Xingyi: second surveyor for the six-step method',
    },
  },
  {
    username: 'qxn.reviewer',
    displayName: '韦国强',
    orgCode: '522300',
    roles: ['reviewer'],
    description: {
      zh: '黔西南州总工会审核人员:上级复核与审批',
      en: 'Reviewer, Qianxinan federation: higher review and approval',
    },
  },
  {
    username: 'zunyi.reviewer',
    displayName: '杨建国',
    orgCode: '520300',
    roles: ['reviewer'],
    description: {
      zh: '遵义市总工会审核人员:上级复核与审批,可见全市档案',
      en: 'Reviewer, Zunyi federation: higher review and approval across the city',
    },
  },
  {
    username: 'auditor',
    displayName: '陈静',
    orgCode: PROVINCE_ORG_CODE,
    roles: ['auditor'],
    description: {
      zh: '省总工会审计人员:只读,查看审计日志',
      en: 'Provincial auditor: read-only, reads the audit log',
    },
  },
  {
    username: 'volunteer',
    displayName: '刘欣怡',
    orgCode: '520302',
    roles: ['volunteer'],
    description: {
      zh: '红花岗区义工:协助入户调查(遵义第三方义工模式)',
      en: "Volunteer, Honghuagang District: helps with home surveys (Zunyi's volunteer model)",
    },
  },
  {
    username: 'fund.officer',
    displayName: '赵敏',
    orgCode: PROVINCE_ORG_CODE,
    roles: ['fund_officer'],
    description: {
      zh: '省总工会基金专员:帮扶资金与医疗互助理赔',
      en: 'Provincial fund officer: aid payments and mutual-aid claims',
    },
  },
  {
    username: 'employment.officer',
    displayName: '张强',
    orgCode: PROVINCE_ORG_CODE,
    roles: ['employment_officer'],
    description: {
      zh: '省总工会就业专员:岗位、培训与招聘会',
      en: 'Provincial employment officer: jobs, training and job fairs',
    },
  },
];

/** The username of a county federation's caseworker, the filer of that county's synthetic households. */
export function countyCaseworkerUsername(countyCode: string): string {
  return `cw.${countyCode}`;
}

/** One caseworker per county federation (88), so province-scale data has a filer everywhere. */
export function countyCaseworkerAccounts(): DemoAccount[] {
  return listCounties().map((county) => ({
    username: countyCaseworkerUsername(county.code),
    displayName: `${county.name}帮扶工作人员`,
    orgCode: county.code,
    roles: ['caseworker'],
    description: {
      zh: `${county.name}总工会帮扶工作人员(演示数据的建档人)`,
      en: `Caseworker, ${county.nameEn} (files the demo households)`,
    },
  }));
}

/** Inserts the named demo accounts and the county caseworkers; returns username → staff_user.id. */
export async function seedDemoStaff(
  db: Kysely<Database>,
  input: {
    orgIdByCode: ReadonlyMap<string, string>;
    passwordHash: string;
    now: Date;
    randomBytes: (n: number) => Uint8Array;
  },
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const rows = [...DEMO_ACCOUNTS, ...countyCaseworkerAccounts()].map((account) => {
    const orgId = input.orgIdByCode.get(account.orgCode);
    if (!orgId) throw new Error(`demo account ${account.username}: no org unit ${account.orgCode}`);
    const id = newId(input.now.getTime(), input.randomBytes(10));
    ids.set(account.username, id);
    return {
      id,
      username: account.username.toLowerCase(),
      display_name: account.displayName,
      password_hash: input.passwordHash,
      org_id: orgId,
      roles: [...account.roles],
      locked_until: null,
      created_at: input.now,
    };
  });
  await withTransaction(db, (trx) => insertManyRows(trx, 'staff_user', rows));
  return ids;
}
