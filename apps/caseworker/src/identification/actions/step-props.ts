/** What every step form gets from the action panel. */
export interface StepProps {
  householdId: string;
  /** The household version the page read; every step sends it back. */
  version: number;
  /** Refetch the case (after a version conflict or an out-of-order refusal). */
  onReload: () => void;
}
