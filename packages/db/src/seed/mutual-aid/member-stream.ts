import { DEFAULT_MUTUAL_AID_POLICY, ZUNYI_SCHEME } from '@bangfu/domain';
import type { Insertable } from 'kysely';
import { newId } from '../../ids';
import type {
  MaContributionTable,
  MaEnrolmentTable,
  MaMemberTable,
} from '../../schema-parts/mutual-aid-schemes';
import type { MutualAidSeedContext } from './context';
import { officeHours } from './context';
import { type EnrolledPlan, enrolmentRows, femaleEligible, type PayerOrgs } from './enrolment-rows';
import { type MemberDraft, ordinaryWorker } from './member-drafts';
import type { PharmacyCandidate } from './pharmacy-rows';
import type { SeedUnit } from './unit-rows';
import type { ZunyiChoices } from './zunyi-choice';

export interface MemberBatch {
  members: Insertable<MaMemberTable>[];
  enrolments: Insertable<MaEnrolmentTable>[];
  contributions: Insertable<MaContributionTable>[];
}

export interface MemberStreamDeps {
  readonly ctx: MutualAidSeedContext;
  readonly zunyi: ZunyiChoices;
  readonly schemeIdOf: (code: string) => string;
  readonly payerOrgsOf: (unit: SeedUnit) => PayerOrgs;
  /** Every enrolment, for the claimant draw. */
  readonly onEnrolled: (e: EnrolledPlan) => void;
  readonly onPharmacyCandidate: (c: PharmacyCandidate) => void;
}

const PHARMACY_CATEGORIES: ReadonlySet<string> = new Set(DEFAULT_MUTUAL_AID_POLICY.pharmacyCategories);
const LIUPANSHUI = '520200';

/**
 * The members of one county's units, each enrolled in the county's scheme: the county's hardship
 * workers (as many as its units have places for) spread at random among ordinary workers.
 */
export function countyMembers(
  deps: MemberStreamDeps,
  units: readonly SeedUnit[],
  hardship: readonly MemberDraft[],
  into: MemberBatch,
): number {
  const { ctx } = deps;
  const places = units.reduce((s, u) => s + u.members, 0);
  const pool = [...hardship];
  ctx.rng.shuffle(pool);
  let hardshipLeft = Math.min(pool.length, places);
  let placesLeft = places;
  for (const unit of units) {
    for (let k = 0; k < unit.members; k++) {
      const takeHardship = ctx.rng.float() * placesLeft < hardshipLeft;
      placesLeft--;
      const draft = takeHardship
        ? (pool[--hardshipLeft] as MemberDraft)
        : ordinaryWorker(ctx, unit.countyCode);
      addMember(deps, unit, draft, into);
    }
  }
  return places;
}

function addMember(deps: MemberStreamDeps, unit: SeedUnit, draft: MemberDraft, into: MemberBatch): void {
  const { ctx } = deps;
  const at = officeHours('2015-11-20');
  const memberId = newId(at.getTime(), ctx.idRng.bytes(10));
  const hardship = draft.householdId !== null;
  into.members.push({
    id: memberId,
    unit_id: unit.id,
    org_path: unit.org.path,
    name: draft.name,
    id_number_enc: draft.idNumberEnc,
    id_number_bidx: draft.idNumberBidx,
    id_last4: draft.idLast4,
    sex: draft.sex,
    birth_date: draft.birthDate,
    household_id: draft.householdId,
    hardship,
    in_service: true,
    union_member: true,
    created_at: at,
    updated_at: at,
  });
  const { scheme } = unit;
  const planCodes =
    scheme.code === ZUNYI_SCHEME.code
      ? deps.zunyi.next({ hardship, femaleEligible: femaleEligible(scheme, draft.sex, draft.birthDate) })
      : [scheme.plans[0]?.code ?? ''];
  const rows = enrolmentRows(ctx, {
    scheme,
    schemeId: deps.schemeIdOf(scheme.code),
    unit,
    memberId,
    householdId: draft.householdId,
    hardship,
    sex: draft.sex,
    birthDate: draft.birthDate,
    planCodes,
    payerOrgs: deps.payerOrgsOf(unit),
  });
  into.enrolments.push(...rows.enrolments);
  into.contributions.push(...rows.contributions);
  for (const e of rows.plans) deps.onEnrolled(e);
  if (
    hardship &&
    unit.prefectureCode === LIUPANSHUI &&
    PHARMACY_CATEGORIES.has(draft.householdCategory ?? '')
  )
    deps.onPharmacyCandidate({ memberId, unit });
}
