import { ageAt, HouseholdCreateSchema, parseIdNumber } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../driver';
import { driverTestTargets } from '../driver/driver-test-targets';
import type { Database } from '../schema';
import type { SeedReport } from './seed-province';
import {
  TEST_AS_OF as AS_OF,
  testCrypto as crypto,
  groupBy,
  TEST_HOUSEHOLDS as N,
  seededDatabase,
} from './seed-test-fixture';
import { ILLUSTRATIVE_DIBAO_LINE_FEN as L } from './work-income';

describe.each(driverTestTargets())('seeded households and members on $name', (target) => {
  let handle: DatabaseHandle<Database>;
  let report: SeedReport;
  const open = () => target.open<Database>();

  beforeAll(async () => {
    ({ handle, report } = await seededDatabase(open, 11));
  }, 120_000);
  afterAll(() => handle?.close());

  const households = () => handle.db.selectFrom('household').selectAll().orderBy('id').execute();
  const members = () =>
    handle.db.selectFrom('household_member').selectAll().orderBy('household_id').orderBy('seq').execute();

  it('gives every household exactly one SELF, its head, and consistent totals', async () => {
    const [hs, ms] = await Promise.all([households(), members()]);
    const byHousehold = groupBy(ms, (m) => m.household_id);
    for (const h of hs) {
      const own = byHousehold.get(h.id) ?? [];
      const selves = own.filter((m) => m.relation === 'SELF');
      expect(selves).toHaveLength(1);
      expect(h.head_name).toBe(selves[0]?.name);
      expect(own.length).toBe(h.member_count);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(6);
      expect(h.monthly_income_fen).toBe(own.reduce((s, m) => s + m.monthly_income_fen, 0));
      expect(own.map((m) => m.seq)).toEqual(own.map((_, i) => i + 1));
    }
    const mean = ms.length / hs.length;
    expect(mean).toBeGreaterThan(2.6);
    expect(mean).toBeLessThan(3.6);
    expect(report.tables.household_member).toBe(ms.length);
  });

  it('issues valid, unique ID numbers that match the stored birth date, sex, prefix and blind index', async () => {
    const ms = await members();
    const numbers = new Set<string>();
    for (const m of ms) {
      const number = crypto.decrypt(m.id_number_enc);
      const parsed = parseIdNumber(number, { asOf: AS_OF });
      expect(parsed.ok, number).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.number).toBe(number);
      expect(parsed.value.birthDate).toBe(m.birth_date);
      expect(parsed.value.sex).toBe(m.sex === 'MALE' ? 'male' : 'female');
      expect(m.id_prefix6).toBe(number.slice(0, 6));
      expect(m.id_last4).toBe(number.slice(-4));
      expect(m.id_number_bidx).toBe(crypto.blindIndex(number));
      if (m.relation === 'SELF') {
        const age = ageAt(m.birth_date, AS_OF);
        expect(age).toBeGreaterThanOrEqual(22);
        expect(age).toBeLessThanOrEqual(60);
      }
      numbers.add(number);
    }
    expect(numbers.size).toBe(ms.length);
    const kinds = new Set(ms.map((m) => (m.id_prefix6.startsWith('52') ? 'guizhou' : 'other')));
    expect(kinds).toEqual(new Set(['guizhou', 'other']));
  });

  it('keeps school stage and work status consistent with age', async () => {
    const stageAges: Record<string, [number, number]> = {
      PRESCHOOL: [3, 5],
      PRIMARY: [6, 11],
      JUNIOR: [12, 14],
      SENIOR: [15, 17],
      VOCATIONAL: [15, 17],
      COLLEGE: [18, 22],
      UNDERGRADUATE: [18, 22],
      POSTGRADUATE: [23, 25],
    };
    for (const m of await members()) {
      const age = ageAt(m.birth_date, AS_OF);
      const range = stageAges[m.school_stage];
      if (range) {
        expect(age, `${m.school_stage} at ${age}`).toBeGreaterThanOrEqual(range[0]);
        expect(age, `${m.school_stage} at ${age}`).toBeLessThanOrEqual(range[1]);
        expect(['STUDENT', 'PRESCHOOL']).toContain(m.work_status);
      } else {
        expect(m.work_status).not.toBe('STUDENT');
      }
      if (age < 16) expect(['STUDENT', 'PRESCHOOL']).toContain(m.work_status);
      if (m.work_status === 'STUDENT' || m.work_status === 'PRESCHOOL') expect(m.monthly_income_fen).toBe(0);
    }
  });

  it('keeps per-capita income inside the category (L = 800 yuan: 低保 < L, 边缘 (L, 1.5L], 意外 ≤ 3L)', async () => {
    for (const h of await households()) {
      const annual = h.monthly_income_fen * 12 + h.other_annual_income_fen;
      const lineAnnual = L * 12 * h.member_count;
      if (h.category === 'DIBAO') expect(annual).toBeLessThan(lineAnnual);
      if (h.category === 'DIBAO_EDGE') {
        expect(annual).toBeGreaterThan(lineAnnual);
        expect(annual * 2).toBeLessThanOrEqual(lineAnnual * 3);
      }
      if (h.category === 'ACCIDENT_2016') {
        expect(annual).toBeLessThanOrEqual(lineAnnual * 3);
        expect(['SERIOUS_ILLNESS', 'ACCIDENT', 'NATURAL_DISASTER']).toContain(h.main_cause);
      }
      expect(h.secondary_causes.length).toBeLessThanOrEqual(3);
      expect(new Set([h.main_cause, ...h.secondary_causes]).size).toBe(h.secondary_causes.length + 1);
    }
  });

  it('passes the domain schema a caseworker form goes through', async () => {
    const [hs, ms] = await Promise.all([households(), members()]);
    const byHousehold = groupBy(ms, (m) => m.household_id);
    for (const h of hs) {
      const input = {
        orgId: h.org_id,
        divisionCode: h.division_code,
        address: h.address,
        postalCode: h.postal_code,
        housingType: h.housing_type,
        areaBand: h.area_band,
        standardVersion: h.standard_version,
        category: h.category,
        mainCause: h.main_cause,
        secondaryCauses: h.secondary_causes,
        causeNote: h.cause_note,
        otherAnnualIncomeFen: h.other_annual_income_fen,
        unionMember: h.union_member,
        unionCardNo: h.union_card_no,
        employerName: h.employer_name,
        singleParent: h.single_parent,
        zeroEmployment: h.zero_employment,
        selfHelpCapacity: h.self_help_capacity,
        bankAccount: h.bank_account_enc
          ? {
              bankName: h.bank_name,
              branchName: h.bank_branch,
              accountNumber: crypto.decrypt(h.bank_account_enc),
            }
          : null,
        members: (byHousehold.get(h.id) ?? []).map((m) => ({
          name: m.name,
          relation: m.relation,
          idNumber: crypto.decrypt(m.id_number_enc),
          ethnicity: m.ethnicity,
          health: m.health,
          disabilityKind: m.disability_kind,
          disabilityGrade: m.disability_grade,
          workStatus: m.work_status,
          monthlyIncomeFen: m.monthly_income_fen,
          schoolStage: m.school_stage,
          medicalInsurance: m.medical_insurance,
          phone: m.phone_enc ? crypto.decrypt(m.phone_enc) : null,
        })),
      };
      const result = HouseholdCreateSchema.safeParse(input);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    }
  });

  it('stores bank accounts and phones encrypted, with matching last four digits', async () => {
    const hs = await households();
    const banked = hs.filter((h) => h.bank_account_enc);
    expect(banked.length).toBeGreaterThan(N * 0.7);
    for (const h of banked) expect(crypto.decrypt(h.bank_account_enc!).slice(-4)).toBe(h.bank_account_last4);
    const selves = (await members()).filter((m) => m.relation === 'SELF');
    expect(selves.filter((m) => m.phone_enc).length).toBeGreaterThan(N * 0.9);
    for (const m of selves)
      if (m.phone_enc) expect(crypto.decrypt(m.phone_enc).slice(-4)).toBe(m.phone_last4);
  });
});
