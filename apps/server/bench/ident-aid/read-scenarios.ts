import type { CompiledQuery } from 'kysely';
import type { EndpointSpec } from './endpoint-floor';

/** The filer of 红花岗区's seeded households (seedProvince's county caseworker), so "my drafts" is not empty. */
export const COUNTY_CASEWORKER = 'cw.520302';
export const COUNTY_CODE = '520302';
/** 遵义市总工会's reviewer: higher reviews across the prefecture. */
export const PREFECTURE_REVIEWER = 'zunyi.reviewer';

const everyQuery = (qs: readonly CompiledQuery[]): CompiledQuery[] => [...qs];
const EVERY = 'every query the endpoint ran, replayed in order';

type Timing = Pick<EndpointSpec, 'warmup' | 'requests'>;

/** 精准识别 inboxes: what a county caseworker, a prefecture reviewer and the province see next. */
export function inboxSpecs(timing: Timing): EndpointSpec[] {
  const spec = (id: string, label: string, username: string, path: string): EndpointSpec => ({
    id,
    label,
    username,
    path,
    floorOf: everyQuery,
    floorLabel: EVERY,
    ...timing,
  });
  return [
    spec(
      'i1',
      `county caseworker ${COUNTY_CASEWORKER} (红花岗区)`,
      COUNTY_CASEWORKER,
      'identification.inbox',
    ),
    spec('i2', 'province admin', 'admin', 'identification.inbox'),
    spec('r1', `prefecture reviewer ${PREFECTURE_REVIEWER} (遵义市)`, PREFECTURE_REVIEWER, 'review.inbox'),
    spec('r2', 'province admin', 'admin', 'review.inbox'),
  ];
}

const groupBy = (qs: readonly CompiledQuery[]): CompiledQuery[] =>
  qs.filter((q) => /\bgroup by\b/i.test(q.sql));

/** 帮扶台账 balances of a year, for the province and for one county, after the festival batch. */
export function ledgerSpecs(
  input: { provinceOrgId: string; countyOrgId: string; year: number },
  timing: Timing,
): EndpointSpec[] {
  const spec = (id: string, label: string, username: string, orgId: string): EndpointSpec => ({
    id,
    label,
    username,
    path: 'aid.ledger.balances',
    input: { orgId, year: input.year },
    floorOf: groupBy,
    floorLabel: 'the grouped read alone (the GROUP BY the three views are folded from)',
    ...timing,
  });
  return [
    spec('l1', `province, ${input.year} (admin)`, 'admin', input.provinceOrgId),
    spec('l2', `county 红花岗区, ${input.year} (${COUNTY_CASEWORKER})`, COUNTY_CASEWORKER, input.countyOrgId),
  ];
}
