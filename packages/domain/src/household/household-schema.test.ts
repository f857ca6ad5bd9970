import { describe, expect, it } from 'vitest';
import { computeCheckChar } from '../id-number';
import { HardshipCategory, HardshipCause, HouseholdStatus, isActiveStatus, Relation } from './enums';
import { type HouseholdCreateInput, HouseholdCreateSchema } from './household-schema';
import { classifySearchTerm } from './household-search';

const id = (first17: string) => first17 + computeCheckChar(first17);

const valid = (): HouseholdCreateInput => ({
  orgId: '01890a5d-ac96-774b-bcce-b302099a8057',
  divisionCode: '520302',
  address: '遵义市红花岗区中华路1号',
  housingType: 'RENTED',
  areaBand: 'UP_TO_20',
  standardVersion: 'ACFTU_2020',
  category: 'DEEP',
  mainCause: 'SERIOUS_ILLNESS',
  secondaryCauses: [],
  otherAnnualIncomeFen: 0,
  unionMember: true,
  singleParent: false,
  zeroEmployment: false,
  selfHelpCapacity: true,
  members: [
    {
      name: '王芳',
      relation: 'SELF',
      idNumber: id('52030219850101002'),
      health: 'GOOD',
      workStatus: 'ON_DUTY',
      monthlyIncomeFen: 200_000,
      schoolStage: 'NONE',
      medicalInsurance: 'EMPLOYEE',
    },
  ],
});

const issues = (input: unknown) => {
  const r = HouseholdCreateSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('household schema', () => {
  it('accepts a complete form and normalises the ID number', () => {
    const input = valid();
    input.members[0]!.idNumber = input.members[0]!.idNumber!.replace('X', 'x');
    const parsed = HouseholdCreateSchema.parse(input);
    expect(parsed.members[0]!.ethnicity).toBe('汉族');
    expect(parsed.bankAccount).toBeNull();
  });

  it.each([
    ['a category of the other standard', { category: 'DIBAO' }, 'category'],
    ['a secondary cause equal to the main one', { secondaryCauses: ['SERIOUS_ILLNESS'] }, 'secondaryCauses'],
    [
      'more than three secondary causes',
      { secondaryCauses: ['LAID_OFF', 'ACCIDENT', 'OTHER', 'CHILD_SCHOOLING'] },
      'secondaryCauses',
    ],
    ['an unknown county', { divisionCode: '520399' }, 'divisionCode'],
    ['a float amount of money', { otherAnnualIncomeFen: 10.5 }, 'otherAnnualIncomeFen'],
    ['negative money', { otherAnnualIncomeFen: -1 }, 'otherAnnualIncomeFen'],
    [
      'a bank account with letters',
      { bankAccount: { bankName: '工行', accountNumber: '6222abc' } },
      'bankAccount.accountNumber',
    ],
    ['no members', { members: [] }, 'members'],
  ])('rejects %s', (_what, patch, path) => {
    expect(issues({ ...valid(), ...patch })).toContain(path);
  });

  it('requires exactly one worker (本人) and distinct ID numbers', () => {
    const two = valid();
    two.members.push({ ...two.members[0]! });
    const found = issues(two);
    expect(found).toContain('members');
    expect(found).toContain('members.1.idNumber');
  });

  it('requires disability kind and grade together', () => {
    const h = valid();
    h.members[0] = { ...h.members[0]!, disabilityKind: 'PHYSICAL' };
    expect(issues(h)).toContain('members.0.disabilityGrade');
  });

  it('gives Chinese messages first', () => {
    const r = HouseholdCreateSchema.safeParse({ ...valid(), address: '' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/^请填写家庭住址/);
  });
});

describe('enums', () => {
  it('label every value in both languages', () => {
    const all: { values: readonly string[]; labels: Readonly<Record<string, { zh: string; en: string }>> }[] =
      [HardshipCategory, HardshipCause, HouseholdStatus, Relation];
    for (const e of all) {
      for (const v of e.values) {
        expect(e.labels[v]?.zh).toMatch(/\p{Script=Han}/u);
        expect(e.labels[v]?.en).toMatch(/[A-Za-z]/);
      }
    }
  });
  it('treat exited, cancelled and rejected files as inactive', () => {
    expect(HouseholdStatus.values.filter((s) => !isActiveStatus(s))).toEqual([
      'EXITED_TUOKUN',
      'EXITED_JIEKUN',
      'CANCELLED',
      'REJECTED',
    ]);
  });
});

describe('classifySearchTerm', () => {
  it.each([
    ['520102198001010013', 'idNumber'],
    ['11010519491231002x', 'idNumber'],
    ['520102800101001', 'idNumber'],
    ['0013', 'idLast4'],
    ['002X', 'idLast4'],
    ['张', 'namePrefix'],
    ['12345', 'namePrefix'],
  ])('%s is a %s', (q, kind) => {
    expect(classifySearchTerm(q)?.kind).toBe(kind);
  });
  it('ignores an empty box', () => expect(classifySearchTerm('  ')).toBeNull());
});
