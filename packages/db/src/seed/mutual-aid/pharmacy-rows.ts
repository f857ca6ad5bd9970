import { LIUPANSHUI_PHARMACY_SUBSIDY } from '@bangfu/domain';
import type { Insertable } from 'kysely';
import { newId } from '../../ids';
import type { PharmacyAccountTable, PharmacyTxnTable } from '../../schema-parts/mutual-aid-schemes';
import { type MutualAidSeedContext, officeHours } from './context';
import { MUTUAL_AID_TERM_YEAR } from './targets';
import type { SeedUnit } from './unit-rows';

export interface PharmacyCandidate {
  readonly memberId: string;
  readonly unit: SeedUnit;
}

/**
 * 六盘水's 特困职工 pharmacy accounts: `count` of the candidates (hardship members whose file is in a
 * category the policy counts as extremely poor), each topped up with the year's 1,000 yuan, half from
 * the city union and half from the county union, under the key pharmacyTopUp uses.
 */
export function pharmacyRows(
  ctx: MutualAidSeedContext,
  candidates: readonly PharmacyCandidate[],
  count: number,
): { accounts: Insertable<PharmacyAccountTable>[]; txns: Insertable<PharmacyTxnTable>[] } {
  const pool = [...candidates];
  ctx.rng.shuffle(pool);
  const at = officeHours(`${MUTUAL_AID_TERM_YEAR}-01-15`);
  const fen = LIUPANSHUI_PHARMACY_SUBSIDY.yearlyTopUpFen;
  const accounts: Insertable<PharmacyAccountTable>[] = [];
  const txns: Insertable<PharmacyTxnTable>[] = [];
  for (const { memberId, unit } of pool.slice(0, count)) {
    const id = newId(at.getTime(), ctx.idRng.bytes(10));
    accounts.push({
      id,
      member_id: memberId,
      year: MUTUAL_AID_TERM_YEAR,
      org_path: unit.org.path,
      balance_fen: fen,
      topped_up_fen: fen,
      spent_fen: 0,
      created_at: at,
      updated_at: at,
    });
    const payerOrg = { PREFECTURE_UNION: unit.prefectureCode, COUNTY_UNION: unit.countyCode } as const;
    const funding = LIUPANSHUI_PHARMACY_SUBSIDY.split.map((s) => ({
      payer: s.payer,
      payerOrgId: s.payer in payerOrg ? ctx.orgByCode(payerOrg[s.payer as keyof typeof payerOrg]).id : null,
      fen: s.fen,
    }));
    txns.push({
      id: newId(at.getTime(), ctx.idRng.bytes(10)),
      account_id: id,
      kind: 'TOP_UP',
      amount_fen: fen,
      pharmacy: null,
      funding: JSON.stringify(funding),
      balance_after_fen: fen,
      idempotency_key: `topup:${memberId}:${MUTUAL_AID_TERM_YEAR}`,
      created_by: ctx.staffId('fund.officer'),
      at,
    });
  }
  return { accounts, txns };
}
