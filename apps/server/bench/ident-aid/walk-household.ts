import { computeCheckChar, type HouseholdCreateInput } from '@bangfu/domain';

/**
 * A valid two-person 低保 household form for 红花岗区, as the caseworker app would send it. ID numbers
 * are born from 1 Jan 1910 on (aged about 115, older than any seeded person, under the plausibility
 * limit of 120), so they never collide with the seed's.
 */
export function walkHouseholdInput(orgId: string, n: number): HouseholdCreateInput {
  const idNumber = (k: number, sex: 'male' | 'female') => {
    const birth = new Date(Date.UTC(1910, 0, 1) + (2 * n + k) * 86_400_000);
    const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `520302${ymd}${String(sex === 'male' ? 1 : 2).padStart(3, '0')}`;
    return first17 + computeCheckChar(first17);
  };
  return {
    orgId,
    divisionCode: '520302',
    address: '遵义市红花岗区中华路100号',
    postalCode: '563000',
    housingType: 'RENTED',
    areaBand: 'FROM_20_TO_50',
    standardVersion: 'ACFTU_2016',
    category: 'DIBAO',
    mainCause: 'SERIOUS_ILLNESS',
    secondaryCauses: ['CHILD_SCHOOLING'],
    otherAnnualIncomeFen: 0,
    unionMember: true,
    singleParent: false,
    zeroEmployment: false,
    selfHelpCapacity: true,
    employerName: '遵义某机械厂',
    bankAccount: { bankName: '中国工商银行', branchName: '遵义分行', accountNumber: '6222020200112233445' },
    members: [
      {
        name: '张建国',
        relation: 'SELF',
        idNumber: idNumber(0, 'male'),
        health: 'GOOD',
        workStatus: 'ON_DUTY',
        monthlyIncomeFen: 150_000,
        schoolStage: 'NONE',
        medicalInsurance: 'EMPLOYEE',
        phone: '13812341234',
      },
      {
        name: '李秀英',
        relation: 'SPOUSE',
        idNumber: idNumber(1, 'female'),
        health: 'CANCER',
        workStatus: 'UNEMPLOYED',
        monthlyIncomeFen: 0,
        schoolStage: 'NONE',
        medicalInsurance: 'RESIDENT',
      },
    ],
  };
}
