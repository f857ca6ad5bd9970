import type { MutualAidScheme } from '@bangfu/domain';
import type { Insertable } from 'kysely';
import { newId } from '../../ids';
import type {
  MaContributionTable,
  MaPayerPaymentTable,
  MaSchemeTable,
} from '../../schema-parts/mutual-aid-schemes';
import { type MutualAidSeedContext, type OrgRef, officeHours } from './context';
import type { PayerOrgs } from './enrolment-rows';
import type { SeedUnit } from './unit-rows';

export interface SeededScheme {
  readonly scheme: MutualAidScheme;
  readonly id: string;
  /** The federation that runs it. */
  readonly org: OrgRef;
}

/** Version 1 of each scheme, in force, as publishScheme would store it. */
export function schemeRows(
  ctx: MutualAidSeedContext,
  schemes: readonly SeededScheme[],
  at: Date,
): Insertable<MaSchemeTable>[] {
  return schemes.map(({ scheme, id, org }) => ({
    id,
    code: scheme.code,
    version: 1,
    name: scheme.name.zh,
    body: JSON.stringify(scheme),
    division_code: scheme.divisionCode,
    org_id: org.id,
    org_path: org.path,
    term_year: scheme.termYear,
    status: 'ACTIVE',
    note: '示范数据 / seeded demo data',
    created_by: ctx.staffId('admin'),
    created_at: at,
  }));
}

/**
 * What each payer paid into each scheme's fund: one 出资到账 per scheme, payer and paying
 * organisation, equal to the shares it owed, so the fund accounts show nothing outstanding.
 */
export class PayerTotals {
  private readonly totals = new Map<
    string,
    { schemeId: string; payer: string; orgId: string | null; fen: number }
  >();
  private readonly paths = new Map<string, string>();

  constructor(private readonly schemes: readonly SeededScheme[]) {}

  /** Remembers where a paying organisation sits, for the payment's org_path. */
  knowOrg(org: OrgRef | null): void {
    if (org) this.paths.set(org.id, org.path);
  }

  add(rows: readonly Insertable<MaContributionTable>[]): void {
    for (const c of rows) {
      const key = `${c.scheme_id}|${c.payer}|${c.payer_org_id ?? ''}`;
      const t = this.totals.get(key) ?? {
        schemeId: c.scheme_id,
        payer: c.payer,
        orgId: c.payer_org_id ?? null,
        fen: 0,
      };
      t.fen += Number(c.amount_fen);
      this.totals.set(key, t);
    }
  }

  rows(ctx: MutualAidSeedContext): Insertable<MaPayerPaymentTable>[] {
    const at = officeHours('2016-03-31');
    return [...this.totals.values()].map((t, i) => ({
      id: newId(at.getTime(), ctx.idRng.bytes(10)),
      scheme_id: t.schemeId,
      payer: t.payer,
      payer_org_id: t.orgId,
      amount_fen: t.fen,
      paid_on: '2016-03-31',
      reference: `SEED-2016-${String(i + 1).padStart(5, '0')}`,
      org_path:
        (t.orgId ? this.paths.get(t.orgId) : undefined) ??
        (this.schemes.find((s) => s.id === t.schemeId)?.org.path as string),
      created_by: ctx.staffId('fund.officer'),
      created_at: at,
    }));
  }
}

/**
 * Who owes each payer's share for a unit's members, as payerOrgsFor resolves it in the API: the
 * scheme's federation for the government share, the federations above the unit, the unit's union.
 */
export function payerOrgResolver(
  ctx: MutualAidSeedContext,
  schemeOrg: (schemeCode: string) => OrgRef,
  payers: PayerTotals,
): (unit: SeedUnit) => PayerOrgs {
  const cache = new Map<string, PayerOrgs>();
  return (u) => {
    const cached = cache.get(u.id);
    if (cached) return cached;
    const orgs = {
      GOVERNMENT: schemeOrg(u.scheme.code),
      PREFECTURE_UNION: ctx.orgByCode(u.prefectureCode),
      COUNTY_UNION: ctx.orgByCode(u.countyCode),
      UNIT_UNION: u.org,
      INDIVIDUAL: null,
      OTHER: null,
    };
    for (const org of Object.values(orgs)) payers.knowOrg(org);
    cache.set(u.id, orgs);
    return orgs;
  };
}
