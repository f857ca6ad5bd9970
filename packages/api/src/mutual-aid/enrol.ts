import { withTransaction } from '@bangfu/db';
import { type EnrolInputSchema, parseIdNumber } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { enrolOne } from './enrol-one';
import { openEnrolRound } from './enrol-round';
import { type EnrolmentDto, selectEnrolments, toEnrolmentDtos } from './enrolment-dto';
import type { MemberFacts } from './member-rows';
import { fieldError, type StaffContext } from './mutual-aid-errors';

type EnrolInput = z.infer<typeof EnrolInputSchema>;

export interface EnrolResult {
  memberId: string;
  hardship: boolean;
  linkedToHouseholdFile: boolean;
  enrolments: EnrolmentDto[];
}

function memberFacts(input: EnrolInput, asOf: string): MemberFacts {
  const id = parseIdNumber(input.member.idNumber, { asOf });
  if (!id.ok) throw fieldError('member.idNumber', id.message);
  const sex = id.value.sex === 'male' ? 'MALE' : 'FEMALE';
  if (input.member.sex && input.member.sex !== sex) {
    throw fieldError('member.sex', { zh: '性别与身份证号不符', en: 'Sex does not match the ID number' });
  }
  return {
    name: input.member.name,
    idNumber: id.value.number,
    birthDate: id.value.birthDate,
    sex,
    inService: input.member.inService,
    unionMember: input.member.unionMember,
  };
}

/** 单个参加: enrols one person of a unit in the chosen plans of a scheme, in one transaction. */
export async function enrol({ ctx, input }: { ctx: StaffContext; input: EnrolInput }): Promise<EnrolResult> {
  const facts = memberFacts(input, businessDate(ctx.now()));
  return withTransaction(ctx.db, async (trx) => {
    const roundCounts = new Map(input.planCodes.map((code) => [code, 1]));
    const round = await openEnrolRound(trx, ctx, { ...input, roundCounts });
    const outcome = await enrolOne(trx, ctx, round, facts, input.planCodes);
    const rows = await selectEnrolments(trx)
      .where('e.id', 'in', outcome.enrolmentIds)
      .orderBy('e.plan_code')
      .execute();
    const enrolments = await toEnrolmentDtos(trx, rows);
    await appendAudit(trx, ctx, {
      action: 'mutual_aid.enrol',
      entityType: 'ma_member',
      entityId: outcome.memberId,
      after: {
        unitId: input.unitId,
        schemeId: input.schemeId,
        termYear: input.termYear,
        enrolmentIds: outcome.enrolmentIds,
        hardship: outcome.hardship,
        policyVersion: round.policyVersion,
      },
    });
    return {
      memberId: outcome.memberId,
      hardship: outcome.hardship,
      linkedToHouseholdFile: outcome.householdId !== null,
      enrolments,
    };
  });
}
