import { type Database, type FieldCrypto, newId } from '@bangfu/db';
import type { MutualAidPolicy } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import type { UnitRow } from './unit-rows';

/** A person as the enrolment form or sheet gives them, ID number already validated. */
export interface MemberFacts {
  name: string;
  idNumber: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  inService: boolean;
  unionMember: boolean;
}

export interface HardshipLink {
  householdId: string | null;
  hardship: boolean;
}

/**
 * 困难职工: the person's ID number is a member of a household file in one of the policy's states.
 * Matched by blind index, so nothing is decrypted and the file may sit in any county.
 */
export async function findHardshipLink(
  trx: Transaction<Database>,
  bidx: string,
  policy: MutualAidPolicy,
): Promise<HardshipLink> {
  const row = await trx
    .selectFrom('active_id_number as a')
    .innerJoin('household as h', 'h.id', 'a.household_id')
    .select('h.id')
    .where('a.id_number_bidx', '=', bidx)
    .where('h.status', 'in', policy.hardshipStatuses)
    .executeTakeFirst();
  return { householdId: row?.id ?? null, hardship: Boolean(row) };
}

/** The unit's member row for this person, created or refreshed from today's facts. */
export async function upsertMember(
  trx: Transaction<Database>,
  input: {
    crypto: FieldCrypto;
    unit: UnitRow;
    facts: MemberFacts;
    bidx: string;
    link: HardshipLink;
    now: Date;
  },
): Promise<string> {
  const { facts, link, now } = input;
  const current = {
    name: facts.name,
    in_service: facts.inService,
    union_member: facts.unionMember,
    household_id: link.householdId,
    hardship: link.hardship,
    updated_at: now,
  };
  const existing = await trx
    .selectFrom('ma_member')
    .select('id')
    .where('unit_id', '=', input.unit.id)
    .where('id_number_bidx', '=', input.bidx)
    .forUpdate()
    .executeTakeFirst();
  if (existing) {
    await trx
      .updateTable('ma_member')
      .set((eb) => ({ ...current, version: eb('version', '+', 1) }))
      .where('id', '=', existing.id)
      .execute();
    return existing.id;
  }
  const id = newId(now.getTime());
  await trx
    .insertInto('ma_member')
    .values({
      ...current,
      id,
      unit_id: input.unit.id,
      org_path: input.unit.org_path,
      id_number_enc: input.crypto.encrypt(facts.idNumber),
      id_number_bidx: input.bidx,
      id_last4: facts.idNumber.slice(-4),
      sex: facts.sex,
      birth_date: facts.birthDate,
      created_at: now,
    })
    .execute();
  return id;
}
