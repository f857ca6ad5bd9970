import { randomInt } from 'node:crypto';
import type { Session } from './api';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A valid 18-digit ID number (GB 11643) in 红花岗区, random birth date and sequence. */
export function randomIdNumber(): string {
  const birth = `19${randomInt(50, 99)}${String(randomInt(1, 13)).padStart(2, '0')}${String(randomInt(1, 29)).padStart(2, '0')}`;
  const first17 = `520302${birth}${String(randomInt(0, 1000)).padStart(3, '0')}`;
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * (WEIGHTS[i] ?? 0), 0);
  return first17 + CHECK[sum % 11];
}

export function randomBankAccount(): string {
  return `6222${Array.from({ length: 15 }, () => randomInt(0, 10)).join('')}`;
}

export interface KnownHousehold {
  id: string;
  idNumbers: string[];
  bankAccount: string;
  phone: string;
}

/** The org id of 红花岗区总工会 (520302) as the caseworker sees it. */
export async function hhgOrgId(cw: Session): Promise<string> {
  const orgs = await cw.query<{ id: string; code: string }[]>('orgs.listScope');
  const org = orgs.find((o) => o.code === '520302');
  if (!org) throw new Error('no 520302 in the caseworker scope');
  return org.id;
}

export function householdForm(
  orgId: string,
  k: Omit<KnownHousehold, 'id'>,
  address = '遵义市红花岗区中华路100号',
) {
  const member = (name: string, relation: string, idNumber: string, phone: string | null) => ({
    name,
    relation,
    idNumber,
    health: relation === 'SELF' ? 'GOOD' : 'CANCER',
    workStatus: relation === 'SELF' ? 'ON_DUTY' : 'UNEMPLOYED',
    monthlyIncomeFen: relation === 'SELF' ? 150_000 : 0,
    schoolStage: 'NONE',
    medicalInsurance: 'EMPLOYEE',
    ...(phone ? { phone } : {}),
  });
  return {
    orgId,
    divisionCode: '520302',
    address,
    postalCode: '563000',
    housingType: 'RENTED',
    areaBand: 'FROM_20_TO_50',
    standardVersion: 'ACFTU_2016',
    category: 'DIBAO',
    mainCause: 'SERIOUS_ILLNESS',
    secondaryCauses: ['CHILD_SCHOOLING'],
    otherAnnualIncomeFen: 0,
    unionMember: true,
    singleParent: false,
    zeroEmployment: false,
    selfHelpCapacity: true,
    employerName: '遵义某机械厂',
    bankAccount: { bankName: '中国工商银行', branchName: '遵义分行', accountNumber: k.bankAccount },
    members: [
      member('张建国', 'SELF', k.idNumbers[0] as string, k.phone),
      member('李秀英', 'SPOUSE', k.idNumbers[1] as string, null),
    ],
  };
}

/** Creates a household with fresh random ID numbers, bank account and phone; returns what it sent. */
export async function createKnownHousehold(cw: Session, orgId: string): Promise<KnownHousehold> {
  const k = {
    idNumbers: [randomIdNumber(), randomIdNumber()],
    bankAccount: randomBankAccount(),
    phone: `139${String(randomInt(0, 1e8)).padStart(8, '0')}`,
  };
  const { id } = await cw.mutate<{ id: string }>('households.create', householdForm(orgId, k));
  return { id, ...k };
}
