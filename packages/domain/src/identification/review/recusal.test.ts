import { describe, expect, it } from 'vitest';
import { findRecusalReasons, normaliseEmployerName, type RecusalFacts } from './recusal';

const clean: RecusalFacts = {
  personId: 'reviewer',
  declarations: [
    { kind: 'SELF', idNumberBidx: 'own', employerNameNorm: null },
    { kind: 'RELATIVE', idNumberBidx: 'cousin', employerNameNorm: null },
    { kind: 'EMPLOYER', idNumberBidx: null, employerNameNorm: '红花岗区总工会' },
  ],
  memberIdBidxs: ['head', 'spouse'],
  householdEmployerNorm: '遵义某机械',
  surveyorIds: ['s1', 's2'],
  registrarId: 'cw',
};

describe('findRecusalReasons', () => {
  it.each([
    ['a clean reviewer', {}, []],
    ['own ID is a member', { memberIdBidxs: ['head', 'own'] }, ['SELF_IS_MEMBER']],
    ['a declared relative is a member', { memberIdBidxs: ['cousin'] }, ['DECLARED_RELATIVE']],
    ['same employer', { householdEmployerNorm: '红花岗区总工会' }, ['SAME_EMPLOYER']],
    ['no household employer never matches', { householdEmployerNorm: null }, []],
    ['surveyor of the case', { surveyorIds: ['s1', 'reviewer'] }, ['SURVEYOR_OF_CASE']],
    ['registrar of the case', { registrarId: 'reviewer' }, ['REGISTRAR_OF_CASE']],
    [
      'several at once, in enum order',
      { registrarId: 'reviewer', memberIdBidxs: ['own', 'cousin'] },
      ['SELF_IS_MEMBER', 'DECLARED_RELATIVE', 'REGISTRAR_OF_CASE'],
    ],
  ] as const)('%s', (_name, patch, expected) => {
    expect(findRecusalReasons({ ...clean, ...patch })).toEqual(expected);
  });

  it('a RELATIVE declaration does not count as SELF and vice versa', () => {
    const facts = {
      ...clean,
      declarations: [{ kind: 'RELATIVE', idNumberBidx: 'head', employerNameNorm: null }],
    };
    expect(findRecusalReasons(facts as RecusalFacts)).toEqual(['DECLARED_RELATIVE']);
  });
});

describe('normaliseEmployerName', () => {
  it.each([
    ['遵义某机械厂', '遵义某机械'],
    [' 遵义某机械 厂 ', '遵义某机械'],
    ['遵义黔丰家政服务有限公司', '遵义黔丰家政服务'],
    ['遵义黔丰家政服务（有限公司）', '遵义黔丰家政服务'],
    ['ＡＢＣ Co.', 'abcco'],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseEmployerName(input)).toBe(expected);
  });
});
