import type { Database } from '@bangfu/db';
import { DomainError, hasAnyRole, isWithinScope, type Role, SURVEYOR_ROLES } from '@bangfu/domain';
import type { Transaction } from 'kysely';

/**
 * Checks the staff proposed as surveyors: distinct, active caseworkers (or admins) of the
 * household's union, a union under it, or one above it; at least `min` of them (brief §3.2).
 */
export async function checkSurveyors(
  trx: Transaction<Database>,
  input: { surveyorIds: readonly string[]; householdOrgPath: string; min: number },
): Promise<string[]> {
  const ids = [...new Set(input.surveyorIds)];
  const rows =
    ids.length === 0
      ? []
      : await trx
          .selectFrom('staff_user as u')
          .innerJoin('org_unit as o', 'o.id', 'u.org_id')
          .select(['u.id', 'u.active', 'u.roles', 'o.path'])
          .where('u.id', 'in', ids)
          .execute();
  const eligible = new Set(
    rows
      .filter(
        (u) =>
          u.active &&
          hasAnyRole(u.roles as Role[], SURVEYOR_ROLES) &&
          (isWithinScope(input.householdOrgPath, u.path) || isWithinScope(u.path, input.householdOrgPath)),
      )
      .map((u) => u.id),
  );
  const ineligible = ids.filter((id) => !eligible.has(id));
  if (ineligible.length > 0 || ids.length < input.min) {
    throw new DomainError(
      'VALIDATION',
      {
        zh: `入户调查须指派至少${input.min}名本辖区在职帮扶工作人员`,
        en: `Assign at least ${input.min} active caseworkers of this union's line`,
      },
      {
        minSurveyors: input.min,
        ineligible,
        fieldErrors: {
          surveyorIds: [`至少${input.min}名合格的调查人员 / at least ${input.min} eligible surveyors`],
        },
      },
    );
  }
  return ids;
}
