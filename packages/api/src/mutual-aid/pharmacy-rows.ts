import type { Database } from '@bangfu/db';
import type { Kysely, Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';

type Executor = Kysely<Database> | Transaction<Database>;

export interface PharmacyAccountDto {
  id: string;
  memberId: string;
  memberName: string;
  idNumberMasked: string;
  unitId: string;
  year: number;
  balanceFen: number;
  toppedUpFen: number;
  spentFen: number;
  version: number;
}

export function selectPharmacyAccounts(db: Executor, scopePath: string) {
  return db
    .selectFrom('pharmacy_account as a')
    .innerJoin('ma_member as m', 'm.id', 'a.member_id')
    .select([
      'a.id',
      'a.member_id',
      'm.name',
      'm.id_last4',
      'm.unit_id',
      'a.year',
      'a.balance_fen',
      'a.topped_up_fen',
      'a.spent_fen',
      'a.version',
    ])
    .where('a.org_path', 'like', subtreePattern(scopePath));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectPharmacyAccounts>['execute']>>[number];

export function toPharmacyAccountDto(r: Row): PharmacyAccountDto {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.name,
    idNumberMasked: `${'*'.repeat(14)}${r.id_last4}`,
    unitId: r.unit_id,
    year: r.year,
    balanceFen: Number(r.balance_fen),
    toppedUpFen: Number(r.topped_up_fen),
    spentFen: Number(r.spent_fen),
    version: r.version,
  };
}
