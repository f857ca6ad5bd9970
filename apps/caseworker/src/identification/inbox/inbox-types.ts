import type { HouseholdStatus } from '@bangfu/domain';
import type { IdentMessageKey } from '../i18n/use-ident-t';

/** One row of any inbox list, whichever router it came from. */
export interface InboxRow {
  householdId: string;
  headName: string;
  orgName: string | null;
  status: HouseholdStatus | null;
  /** When the case entered its current step (ISO instant or date). */
  since: string | null;
  /** e.g. the notice's end date. */
  extra?: string | null;
}

export interface InboxSectionData {
  key: string;
  title: IdentMessageKey;
  count: number;
  rows: InboxRow[];
}
