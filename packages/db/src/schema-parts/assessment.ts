import type { ColumnType, Generated } from 'kysely';

/** Row types of migration 0019-assessment (targets per union level). */
type InstantRequired = ColumnType<string, string | Date, string | Date>;

export interface AssessmentTargetTable {
  id: string;
  /** The assessed unit. */
  org_id: string;
  org_path: string;
  /** The parent union that set the target. */
  set_by_org_id: string;
  year: number;
  /** EXITS, TRAININGS, PLACEMENTS or VERIFICATION_COVERAGE (permille). */
  metric: string;
  target_value: number;
  note: string | null;
  created_by: string | null;
  updated_by: string | null;
  created_at: InstantRequired;
  updated_at: InstantRequired;
  version: Generated<number>;
}

export interface AssessmentTables {
  assessment_target: AssessmentTargetTable;
}
