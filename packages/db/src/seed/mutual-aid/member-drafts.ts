import { DEFAULT_MUTUAL_AID_POLICY, type Sex } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema';
import { ADULT_ORIGIN, originAddressCode } from '../address-codes';
import { birthDayForAge } from '../calendar';
import { personName } from '../names';
import type { MutualAidSeedContext } from './context';

/** A person about to become a ma_member: ID number already encrypted and blind-indexed. */
export interface MemberDraft {
  readonly name: string;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly idNumberEnc: Uint8Array;
  readonly idNumberBidx: string;
  readonly idLast4: string;
  /** The hardship file the person belongs to, or null for an ordinary worker. */
  readonly householdId: string | null;
  readonly householdCategory: string | null;
}

/** Work statuses of people still employed by a unit (in service), hence able to join its scheme. */
const IN_SERVICE = ['ON_DUTY', 'MIGRANT_WORKER', 'SICK_LEAVE'];
/** Working age in the middle of the 2016 term. */
const OLDEST_BORN = '1956-07-01';
const YOUNGEST_BORN = '1998-07-01';
const MID_TERM = Date.UTC(2016, 6, 1);

/**
 * 困难职工 who can join: the in-service members of every household file in a state the
 * mutual-aid policy counts as hardship, by county. Their ID ciphertext is copied as it is (same key,
 * same person), so the blind index links them to their file as an enrolment by the API would.
 */
export async function hardshipWorkersByCounty(db: Kysely<Database>): Promise<Map<string, MemberDraft[]>> {
  const rows = await db
    .selectFrom('household_member as m')
    .innerJoin('household as h', 'h.id', 'm.household_id')
    .select(['m.name', 'm.sex', 'm.birth_date', 'm.id_number_enc', 'm.id_number_bidx', 'm.id_last4'])
    .select(['h.id as household_id', 'h.division_code', 'h.category'])
    .where('h.status', 'in', DEFAULT_MUTUAL_AID_POLICY.hardshipStatuses)
    .where('m.work_status', 'in', IN_SERVICE)
    .where('m.birth_date', '>=', OLDEST_BORN)
    .where('m.birth_date', '<=', YOUNGEST_BORN)
    .orderBy('h.division_code')
    .orderBy('m.id')
    .execute();
  const byCounty = new Map<string, MemberDraft[]>();
  for (const r of rows) {
    const list = byCounty.get(r.division_code) ?? [];
    list.push({
      name: r.name,
      sex: r.sex as Sex,
      birthDate: r.birth_date,
      idNumberEnc: r.id_number_enc,
      idNumberBidx: r.id_number_bidx,
      idLast4: r.id_last4,
      householdId: r.household_id,
      householdCategory: r.category,
    });
    byCounty.set(r.division_code, list);
  }
  return byCounty;
}

/** An ordinary worker of a unit in `countyCode`, aged 18–58 in mid-2016, with a fresh ID number. */
export function ordinaryWorker(ctx: MutualAidSeedContext, countyCode: string): MemberDraft {
  const { rng } = ctx;
  const sex: Sex = rng.chance(0.57) ? 'MALE' : 'FEMALE';
  const birthDay = birthDayForAge(MID_TERM, rng.int(18, 58), rng.int(0, 364));
  const addressCode = originAddressCode(rng, {
    prefectureCode: `${countyCode.slice(0, 4)}00`,
    countyCode,
    birthYear: new Date(birthDay).getUTCFullYear(),
    mix: ADULT_ORIGIN,
  });
  const id = ctx.ids.allocate(addressCode, birthDay, sex);
  return {
    name: personName(rng, sex),
    sex,
    birthDate: id.birthDate,
    idNumberEnc: ctx.crypto.encrypt(id.number),
    idNumberBidx: ctx.crypto.blindIndex(id.number),
    idLast4: id.number.slice(-4),
    householdId: null,
    householdCategory: null,
  };
}
