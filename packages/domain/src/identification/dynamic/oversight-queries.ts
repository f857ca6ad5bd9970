import { z } from 'zod';

/** Past spot checks of a union's subtree, newest first; the actor's own union when left out. */
export const SpotCheckListSchema = z.object({
  orgId: z.uuid().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type SpotCheckListInput = z.input<typeof SpotCheckListSchema>;
export type SpotCheckListQuery = z.output<typeof SpotCheckListSchema>;

/** The volunteer verification visits of one household (case page). */
export const HouseholdVerificationsSchema = z.object({ householdId: z.uuid() });
export type HouseholdVerificationsInput = z.input<typeof HouseholdVerificationsSchema>;
