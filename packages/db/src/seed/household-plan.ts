import type {
  AreaBand,
  DisabilityGrade,
  DisabilityKind,
  HardshipCause,
  HealthStatus,
  HouseholdStatus,
  HousingType,
  MedicalInsurance,
  Relation,
  SchoolStage,
  Sex,
  WorkStatus,
} from '@bangfu/domain';
import { ADULT_ORIGIN, CHILD_ORIGIN, ELDER_ORIGIN, originAddressCode } from './address-codes';
import type { SeedCategory } from './apportion';
import { birthDayForAge, type DayStamp, yearOf } from './calendar';
import { drawCauses } from './causes';
import { type BankAccount, bankAccount, mobileNumber, postalCode, streetAddress } from './contacts';
import type { CountySlot } from './distribution';
import { composeFamily } from './family';
import { assignHealth } from './health';
import type { IdNumberAllocator } from './id-numbers';
import { enterpriseName } from './org-names';
import { type Rng, type WeightedTable, weightedKeys } from './prng';
import { assignWork, isEmployed, medicalInsuranceFor, splitIncome } from './work-income';

export interface MemberPlan {
  readonly relation: Relation;
  readonly name: string;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly idNumber: string;
  readonly ethnicity: string;
  readonly health: HealthStatus;
  readonly disabilityKind: DisabilityKind | null;
  readonly disabilityGrade: DisabilityGrade | null;
  readonly workStatus: WorkStatus;
  readonly monthlyIncomeFen: number;
  readonly schoolStage: SchoolStage;
  readonly medicalInsurance: MedicalInsurance;
  readonly phone: string | null;
}

export interface HouseholdPlan {
  readonly category: SeedCategory;
  readonly status: HouseholdStatus;
  readonly address: string;
  readonly postalCode: string;
  readonly housingType: HousingType;
  readonly areaBand: AreaBand;
  readonly mainCause: HardshipCause;
  readonly secondaryCauses: HardshipCause[];
  readonly causeNote: string | null;
  readonly otherAnnualIncomeFen: number;
  readonly monthlyIncomeFen: number;
  readonly unionMember: boolean;
  readonly unionCardNo: string | null;
  readonly employerName: string | null;
  readonly singleParent: boolean;
  readonly zeroEmployment: boolean;
  readonly selfHelpCapacity: boolean;
  readonly bank: BankAccount | null;
  readonly headName: string;
  readonly members: MemberPlan[];
}

/** Mostly filed or receiving aid; a small share still in the identification workflow or closed (brief §3.2). */
export const STATUS_WEIGHTS: Readonly<Partial<Record<HouseholdStatus, number>>> = {
  FILED: 4300,
  AIDED: 4200,
  UNDER_REVIEW: 200,
  EXITED_TUOKUN: 450,
  EXITED_JIEKUN: 60,
  CANCELLED: 150,
  REJECTED: 40,
  DRAFT: 100,
  SUBMITTED: 150,
  RETURNED: 40,
  SURVEYING: 120,
  ASSESSED: 40,
  DEMOCRATIC_REVIEW: 40,
  INCOME_CHECK: 40,
  PUBLIC_NOTICE: 40,
  HIGHER_REVIEW: 30,
};
const STATUS = weightedKeys(STATUS_WEIGHTS);

/** Statuses that have been through 建档 and therefore carry a file number. */
export const FILED_STATUSES: ReadonlySet<HouseholdStatus> = new Set([
  'FILED',
  'AIDED',
  'UNDER_REVIEW',
  'EXITED_TUOKUN',
  'EXITED_JIEKUN',
  'CANCELLED',
]);

const HOUSING: Readonly<Record<SeedCategory, WeightedTable<HousingType>>> = {
  DIBAO: weightedKeys({
    RENTED: 30,
    GOVT_LOW_RENT: 25,
    LEASED_UNIT_PUBLIC: 15,
    OWNED_PURCHASED: 10,
    SELF_BUILT: 10,
    NONE: 5,
    OTHER: 5,
  }),
  DIBAO_EDGE: weightedKeys({
    OWNED_PURCHASED: 25,
    RENTED: 25,
    LEASED_UNIT_PUBLIC: 20,
    GOVT_LOW_RENT: 15,
    SELF_BUILT: 10,
    OTHER: 5,
  }),
  ACCIDENT_2016: weightedKeys({
    OWNED_PURCHASED: 40,
    RENTED: 20,
    LEASED_UNIT_PUBLIC: 15,
    SELF_BUILT: 12,
    GOVT_LOW_RENT: 8,
    OTHER: 5,
  }),
};

function areaBandFor(rng: Rng, housing: HousingType, size: number): AreaBand {
  if (housing === 'NONE') return 'UP_TO_20';
  const r = rng.float() + size * 0.08;
  return r < 0.25 ? 'UP_TO_20' : r < 0.75 ? 'FROM_20_TO_50' : r < 1.05 ? 'FROM_50_TO_70' : 'OVER_70';
}

export interface HouseholdContext {
  readonly rng: Rng;
  readonly ids: IdNumberAllocator;
  readonly today: DayStamp;
  readonly slot: CountySlot;
  /** The enterprise behind the filing union, or null for a community union. */
  readonly enterprise: string | null;
}

/** One synthetic household, consistent in itself: ages, schooling, health, work, causes and income. */
export function planHousehold(ctx: HouseholdContext, category: SeedCategory): HouseholdPlan {
  const { rng, slot } = ctx;
  const family = composeFamily(rng, slot.prefecture.code);
  const causes = drawCauses(rng, category, family);
  const health = assignHealth(rng, family, causes);
  const work = family.map((p, i) => assignWork(rng, category, p, health[i] ?? health[0]!, causes));
  const income = splitIncome(rng, category, work);
  const uninsured = causes.main === 'NO_SOCIAL_INSURANCE' || causes.secondary.includes('NO_SOCIAL_INSURANCE');

  const members = family.map((p, i): MemberPlan => {
    const h = health[i] ?? health[0]!;
    const status = work[i] ?? 'OTHER';
    const birthDay = birthDayForAge(ctx.today, p.age, rng.int(0, 364));
    const mix =
      p.relation === 'CHILD' || p.relation === 'GRANDCHILD'
        ? CHILD_ORIGIN
        : p.age >= 60
          ? ELDER_ORIGIN
          : ADULT_ORIGIN;
    const origin = originAddressCode(rng, {
      prefectureCode: slot.prefecture.code,
      countyCode: slot.county.code,
      birthYear: yearOf(birthDay),
      mix,
    });
    const id = ctx.ids.allocate(origin, birthDay, p.sex);
    const phoneChance = p.relation === 'SELF' ? 0.98 : p.relation === 'SPOUSE' ? 0.5 : 0;
    return {
      relation: p.relation,
      name: p.name,
      sex: p.sex,
      birthDate: id.birthDate,
      idNumber: id.number,
      ethnicity: p.ethnicity,
      health: h.health,
      disabilityKind: h.disabilityKind,
      disabilityGrade: h.disabilityGrade,
      workStatus: status,
      monthlyIncomeFen: income.memberMonthlyFen[i] ?? 0,
      schoolStage: p.schoolStage,
      medicalInsurance: medicalInsuranceFor(rng, status, uninsured && p.relation === 'SELF'),
      phone: rng.chance(phoneChance) ? mobileNumber(rng) : null,
    };
  });

  const self = members[0]!;
  const housingType = HOUSING[category].draw(rng);
  const unionMember = rng.chance(0.92);
  // Community-union members work in small firms or flexibly (灵活就业, no employer).
  const employerName =
    ctx.enterprise ??
    (self.workStatus === 'ON_DUTY' || self.workStatus === 'MIGRANT_WORKER'
      ? enterpriseName(rng, slot.prefecture)[0]
      : null);
  const hasSpouse = members.some((m) => m.relation === 'SPOUSE');
  return {
    category,
    status: STATUS.draw(rng),
    address: streetAddress(rng, slot.prefecture, slot.county, ctx.enterprise),
    postalCode: postalCode(rng, slot.prefecture),
    housingType,
    areaBand: areaBandFor(rng, housingType, members.length),
    mainCause: causes.main,
    secondaryCauses: causes.secondary,
    causeNote: causes.note,
    otherAnnualIncomeFen: income.otherAnnualFen,
    monthlyIncomeFen: income.memberMonthlyFen.reduce((a, b) => a + b, 0),
    unionMember,
    unionCardNo: unionMember ? `GH${slot.county.code}${rng.digits(8)}` : null,
    employerName,
    singleParent: !hasSpouse && family.some((p) => p.relation === 'CHILD' && p.age < 18),
    zeroEmployment: !members.some((m) => isEmployed(m.workStatus)),
    selfHelpCapacity: causes.main !== 'NO_WORK_CAPACITY' && self.workStatus !== 'SICK_LEAVE',
    bank: rng.chance(0.88) ? bankAccount(rng, slot.county) : null,
    headName: self.name,
    members,
  };
}
