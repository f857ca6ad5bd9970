import type { ColumnType, Generated } from 'kysely';

/** Row types of migration 0012-mutual-aid-schemes (职工医疗互助: schemes, units, enrolment, pharmacy). */
type Instant = ColumnType<string, string | Date | undefined, string | Date>;
type InstantRequired = ColumnType<string, string | Date, string | Date>;
type Bytes = Buffer | Uint8Array;

export interface MaSchemeTable {
  id: string;
  code: string;
  /** 1, 2, … per code: a change is a new version. */
  version: number;
  name: string;
  /** MutualAidScheme, written as JSON.stringify(value). */
  body: unknown;
  division_code: string;
  org_id: string;
  org_path: string;
  term_year: number;
  /** DRAFT | ACTIVE | CLOSED */
  status: Generated<string>;
  note: string | null;
  created_by: string | null;
  created_at: Instant;
}

export interface MaUnitTable {
  id: string;
  employer_id: string | null;
  name: string;
  /** The unit's grassroots union. */
  org_id: string;
  org_path: string;
  division_code: string;
  staff_count: number;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
  version: Generated<number>;
}

export interface MaMemberTable {
  id: string;
  unit_id: string;
  org_path: string;
  name: string;
  id_number_enc: Bytes;
  id_number_bidx: string;
  id_last4: string;
  /** MALE | FEMALE */
  sex: string;
  birth_date: string;
  household_id: string | null;
  hardship: Generated<boolean>;
  in_service: boolean;
  union_member: boolean;
  created_at: Instant;
  updated_at: Instant;
  version: Generated<number>;
}

export interface MaEnrolmentTable {
  id: string;
  member_id: string;
  unit_id: string;
  scheme_id: string;
  scheme_code: string;
  plan_code: string;
  term_year: number;
  enrolled_on: string;
  cover_from: string;
  cover_to: string;
  first_enrolment: boolean;
  /** The member's category when enrolled: it fixed the contribution split. */
  hardship: boolean;
  /** ACTIVE | ENDED */
  status: Generated<string>;
  org_path: string;
  created_by: string | null;
  created_at: Instant;
  version: Generated<number>;
}

export interface MaContributionTable {
  id: string;
  enrolment_id: string;
  scheme_id: string;
  /** PayerKind */
  payer: string;
  payer_org_id: string | null;
  amount_fen: number;
  paid_fen: Generated<number>;
  org_path: string;
}

export interface MaPayerPaymentTable {
  id: string;
  scheme_id: string;
  payer: string;
  payer_org_id: string | null;
  amount_fen: number;
  paid_on: string;
  reference: string;
  org_path: string;
  created_by: string | null;
  created_at: Instant;
}

export interface PharmacyAccountTable {
  id: string;
  member_id: string;
  year: number;
  org_path: string;
  balance_fen: Generated<number>;
  topped_up_fen: Generated<number>;
  spent_fen: Generated<number>;
  created_at: Instant;
  updated_at: Instant;
  version: Generated<number>;
}

export interface PharmacyTxnTable {
  id: string;
  account_id: string;
  /** TOP_UP | PURCHASE */
  kind: string;
  amount_fen: number;
  pharmacy: string | null;
  /** {payer, payerOrgId, fen}[] for a top-up; null for a purchase. */
  funding: unknown;
  balance_after_fen: number;
  idempotency_key: string;
  created_by: string | null;
  at: InstantRequired;
}

export interface MutualAidSchemeTables {
  ma_scheme: MaSchemeTable;
  ma_unit: MaUnitTable;
  ma_member: MaMemberTable;
  ma_enrolment: MaEnrolmentTable;
  ma_contribution: MaContributionTable;
  ma_payer_payment: MaPayerPaymentTable;
  pharmacy_account: PharmacyAccountTable;
  pharmacy_txn: PharmacyTxnTable;
}
