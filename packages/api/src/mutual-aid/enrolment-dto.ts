import type { Database } from '@bangfu/db';
import type { Kysely, Transaction } from 'kysely';

type Executor = Kysely<Database> | Transaction<Database>;

export interface ContributionDto {
  payer: string;
  payerOrgId: string | null;
  amountFen: number;
  paidFen: number;
}

export interface EnrolmentDto {
  id: string;
  memberId: string;
  memberName: string;
  /** Masked by default (brief §11.4): only the last four characters. */
  idNumberMasked: string;
  unitId: string;
  schemeId: string;
  schemeCode: string;
  planCode: string;
  termYear: number;
  enrolledOn: string;
  coverFrom: string;
  coverTo: string;
  firstEnrolment: boolean;
  hardship: boolean;
  status: string;
  contributions: ContributionDto[];
}

/** The enrolment rows selected with their member; callers add filters and order. */
export function selectEnrolments(db: Executor) {
  return db
    .selectFrom('ma_enrolment as e')
    .innerJoin('ma_member as m', 'm.id', 'e.member_id')
    .select([
      'e.id',
      'e.member_id',
      'm.name',
      'm.id_last4',
      'e.unit_id',
      'e.scheme_id',
      'e.scheme_code',
      'e.plan_code',
      'e.term_year',
      'e.enrolled_on',
      'e.cover_from',
      'e.cover_to',
      'e.first_enrolment',
      'e.hardship',
      'e.status',
    ]);
}
type EnrolmentRow = Awaited<ReturnType<ReturnType<typeof selectEnrolments>['execute']>>[number];

/** Rows to DTOs, with each enrolment's contribution split read in one query. */
export async function toEnrolmentDtos(db: Executor, rows: EnrolmentRow[]): Promise<EnrolmentDto[]> {
  const ids = rows.map((r) => r.id);
  const contributions =
    ids.length === 0
      ? []
      : await db
          .selectFrom('ma_contribution')
          .select(['enrolment_id', 'payer', 'payer_org_id', 'amount_fen', 'paid_fen'])
          .where('enrolment_id', 'in', ids)
          .orderBy('id')
          .execute();
  return rows.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    memberName: r.name,
    idNumberMasked: `${'*'.repeat(14)}${r.id_last4}`,
    unitId: r.unit_id,
    schemeId: r.scheme_id,
    schemeCode: r.scheme_code,
    planCode: r.plan_code,
    termYear: r.term_year,
    enrolledOn: r.enrolled_on,
    coverFrom: r.cover_from,
    coverTo: r.cover_to,
    firstEnrolment: r.first_enrolment,
    hardship: r.hardship,
    status: r.status,
    contributions: contributions
      .filter((c) => c.enrolment_id === r.id)
      .map((c) => ({
        payer: c.payer,
        payerOrgId: c.payer_org_id,
        amountFen: Number(c.amount_fen),
        paidFen: Number(c.paid_fen),
      })),
  }));
}
