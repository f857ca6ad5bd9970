import { CATEGORIES_BY_STANDARD, type HardshipCategory, type StandardVersion } from '../household/enums';
import type { ImportHouseholdGroup } from './group-members';
import type { HouseholdImportProblemList } from './problems';

/**
 * The rules that span cells (as HouseholdCreateSchema's refinements, but each reported on the one
 * cell a caseworker must change): exactly one 本人, category of the chosen standard, secondary
 * causes apart from the main one, disability kind and grade together, a bank account complete.
 */
export function checkAcrossCells(
  group: ImportHouseholdGroup,
  problems: HouseholdImportProblemList,
  orgIdOf: (code: string) => string | null,
): void {
  const h = group.household.values;
  const row = group.household.row;
  const orgCode = h.orgCode as string | undefined;
  if (orgCode !== undefined && orgIdOf(orgCode) === null) {
    problems.cell('户', row, 'orgCode', {
      zh: `工会代码“${orgCode}”不存在或不在您的管辖范围内`,
      en: `union "${orgCode}" does not exist or is outside your scope`,
    });
  }
  const standard = h.standardVersion as StandardVersion | undefined;
  const category = h.category as HardshipCategory | undefined;
  if (standard && category && !CATEGORIES_BY_STANDARD[standard].includes(category)) {
    problems.cell('户', row, 'category', {
      zh: '困难类别与认定标准版本不符',
      en: 'category does not belong to the chosen standard',
    });
  }
  const secondary = h.secondaryCauses as string[] | undefined;
  if (secondary && h.mainCause && secondary.includes(h.mainCause as string)) {
    problems.cell('户', row, 'secondaryCauses', {
      zh: '次要致困原因不能与主要原因相同',
      en: 'a secondary cause repeats the main cause',
    });
  }
  if (h.bankAccount !== undefined && h.bankName === undefined) {
    problems.cell('户', row, 'bankName', {
      zh: '填写银行卡号时须填写开户银行',
      en: 'the bank is required with an account number',
    });
  }
  if (h.bankAccount === undefined && (h.bankName !== undefined || h.bankBranch !== undefined)) {
    if (!problems.has('户', row, 'bankAccount')) {
      problems.cell('户', row, 'bankAccount', { zh: '请填写银行卡号', en: 'account number is required' });
    }
  }
  checkMembers(group, problems);
}

function checkMembers(group: ImportHouseholdGroup, problems: HouseholdImportProblemList): void {
  let selfRow: number | null = null;
  let unreadRelation = false;
  for (const m of group.members) {
    const relation = m.values.relation;
    if (relation === undefined) unreadRelation = true;
    if (relation === 'SELF') {
      if (selfRow === null) selfRow = m.row;
      else
        problems.cell('成员', m.row, 'relation', {
          zh: `本户已有“本人”(成员表第${selfRow}行)，每户只能有一名本人`,
          en: `the household already has its worker (row ${selfRow}); only one 本人 per household`,
        });
    }
    const kind = m.values.disabilityKind;
    const grade = m.values.disabilityGrade;
    if (kind !== undefined && grade === undefined && !problems.has('成员', m.row, 'disabilityGrade')) {
      problems.cell('成员', m.row, 'disabilityGrade', {
        zh: '填写残疾类别时须填写残疾等级',
        en: 'a disability kind needs its grade',
      });
    }
    if (grade !== undefined && kind === undefined && !problems.has('成员', m.row, 'disabilityKind')) {
      problems.cell('成员', m.row, 'disabilityKind', {
        zh: '填写残疾等级时须填写残疾类别',
        en: 'a disability grade needs its kind',
      });
    }
  }
  if (selfRow === null && !unreadRelation && group.members.length > 0) {
    problems.cell('户', group.household.row, 'householdKey', {
      zh: '该户成员中没有“本人”(职工本人)',
      en: 'no member of this household is 本人 (the worker)',
    });
  }
}
