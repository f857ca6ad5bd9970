import { randomInt } from 'node:crypto';
import { householdInput } from '../../packages/api/src/testing/fixture';
import { computeCheckChar } from '../../packages/domain/src/id-number/id-number';
import type { Session } from './api';

type HouseholdMember = ReturnType<typeof householdInput>['members'][number];

/** A valid 18-digit ID number (GB 11643) in 红花岗区, random birth date and sequence. */
export function randomIdNumber(): string {
  const birth = `19${randomInt(50, 99)}${String(randomInt(1, 13)).padStart(2, '0')}${String(randomInt(1, 29)).padStart(2, '0')}`;
  const first17 = `520302${birth}${String(randomInt(0, 1000)).padStart(3, '0')}`;
  return first17 + computeCheckChar(first17);
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

/** The suite's standard household form (packages/api's fixture) with these numbers and address. */
export function householdForm(
  orgId: string,
  k: Omit<KnownHousehold, 'id'>,
  address = '遵义市红花岗区中华路100号',
) {
  const base = householdInput(orgId);
  const [self, spouse] = base.members as [HouseholdMember, HouseholdMember];
  return householdInput(orgId, {
    address,
    bankAccount: { ...base.bankAccount!, accountNumber: k.bankAccount },
    members: [
      { ...self, idNumber: k.idNumbers[0] as string, phone: k.phone },
      { ...spouse, idNumber: k.idNumbers[1] as string },
    ],
  });
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
