import type { HouseholdStatus } from '@bangfu/domain';

/** What a workflow step returns: where the file is now and its version for the next step. */
export interface StepResult {
  householdId: string;
  status: HouseholdStatus;
  version: number;
}
