import { type Database, getIdNumberHolder } from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import type { StaffActor } from '../context';

/**
 * Builds the DUPLICATE_ID_NUMBER error. It names the union that holds the other file; the
 * file itself is identified only when that union is inside the caller's scope.
 */
export async function duplicateIdError(
  trx: Transaction<Database>,
  actor: StaffActor,
  bidx: string,
  memberIndex: number,
): Promise<DomainError> {
  const holder = await getIdNumberHolder(trx, { bidx });
  const union = holder?.org_name ?? '其他工会';
  const inScope = holder ? holder.org_path.startsWith(actor.orgPath) : false;
  return new DomainError(
    'DUPLICATE_ID_NUMBER',
    {
      zh: `第${memberIndex + 1}位成员的身份证号已在${union}的有效档案中,不能重复建档`,
      en: `Member ${memberIndex + 1}'s ID number is already in an active file held by ${union}`,
    },
    {
      holderUnion: union,
      memberIndex,
      ...(inScope && holder ? { holderHouseholdId: holder.household_id, holderFileNo: holder.file_no } : {}),
      fieldErrors: { [`members.${memberIndex}.idNumber`]: [`已在${union}建档 / already filed by ${union}`] },
    },
  );
}
