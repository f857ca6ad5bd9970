import type { Database, FieldCrypto } from '@bangfu/db';
import type { HouseholdListInput } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import type { StaffClient } from './http-client';
import { say } from './progress';

export type Who = 'admin' | 'caseworker';

/** One household search, as the caseworker app would send it. */
export interface Scenario {
  readonly id: string;
  readonly label: string;
  readonly who: Who;
  readonly input: HouseholdListInput;
  /** Set when the scenario is not one of the brief's (a)–(g). */
  readonly extra?: boolean;
}

/** The seeded accounts the scenarios sign in as. */
export const ACCOUNTS: Readonly<Record<Who, string>> = { admin: 'admin', caseworker: 'zunyi.cw' };

const LIMIT = 20;
/** 张 is among the commonest surnames in the generator's name list. */
const COMMON_SURNAME = '张';
/** 低保户: about 18% of households, so the caseworker's filter keeps one row in five or six. */
const CASEWORKER_CATEGORY = 'DIBAO';

/** A real person from the seeded data: the head of a filed household, ID number decrypted. */
export async function sampleIdNumber(db: Kysely<Database>, crypto: FieldCrypto): Promise<string> {
  const count = await db
    .selectFrom('household')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('file_no', 'is not', null)
    .executeTakeFirstOrThrow();
  const row = await db
    .selectFrom('household as h')
    .innerJoin('household_member as m', (j) =>
      j.onRef('m.household_id', '=', 'h.id').on('m.relation', '=', 'SELF'),
    )
    .select('m.id_number_enc')
    .where('h.file_no', 'is not', null)
    .orderBy('h.file_no')
    .limit(1)
    .offset(Math.floor(Number(count.n) / 2))
    .executeTakeFirstOrThrow();
  return crypto.decrypt(row.id_number_enc);
}

/** Follows nextCursor from the first page; returns the cursor of page `page` (1-based). */
export async function cursorOfPage(client: StaffClient, page: number): Promise<string> {
  let cursor: string | undefined;
  for (let p = 1; p < page; p++) {
    const res = await client.list({ limit: LIMIT, ...(cursor ? { cursor } : {}) });
    if (!res.nextCursor) throw new Error(`only ${p} pages of households; cannot reach page ${page}`);
    cursor = res.nextCursor;
  }
  if (!cursor) throw new Error('no cursor');
  say(`    deep page: followed nextCursor to page ${page}`);
  return cursor;
}

export function buildScenarios(input: {
  idNumber: string;
  deepCursor: string;
  deepPage: number;
}): Scenario[] {
  const last4 = input.idNumber.slice(-4);
  return [
    { id: 'a', label: 'first page, updatedDesc', who: 'admin', input: { limit: LIMIT } },
    {
      id: 'b',
      label: `name prefix '${COMMON_SURNAME}'`,
      who: 'admin',
      input: { q: COMMON_SURNAME, limit: LIMIT },
    },
    { id: 'c', label: 'full ID number', who: 'admin', input: { q: input.idNumber, limit: LIMIT } },
    { id: 'd', label: `ID last 4 '${last4}'`, who: 'admin', input: { q: last4, limit: LIMIT } },
    {
      id: 'e',
      label: `county caseworker, category ${CASEWORKER_CATEGORY}`,
      who: 'caseworker',
      input: { category: CASEWORKER_CATEGORY, limit: LIMIT },
    },
    {
      id: 'f',
      label: `deep page ${input.deepPage}, updatedDesc`,
      who: 'admin',
      input: { cursor: input.deepCursor, limit: LIMIT },
    },
    { id: 'g', label: 'first page, nameAsc', who: 'admin', input: { sort: 'nameAsc', limit: LIMIT } },
    {
      id: 'h',
      label: 'first page, fileNoAsc',
      who: 'admin',
      input: { sort: 'fileNoAsc', limit: LIMIT },
      extra: true,
    },
  ];
}

/** The materialised path of a staff member's union: their scope. */
export async function orgPathOf(db: Kysely<Database>, username: string): Promise<string> {
  const row = await db
    .selectFrom('staff_user as u')
    .innerJoin('org_unit as o', 'o.id', 'u.org_id')
    .select('o.path')
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  return row.path;
}
