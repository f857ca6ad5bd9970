import { z } from 'zod';
import { DivisionCodeSchema } from '../divisions';
import { HardshipCategory, HardshipCause, HouseholdStatus } from './enums';

export const HouseholdSort = z.enum(['updatedDesc', 'nameAsc', 'fileNoAsc']);
export type HouseholdSort = z.infer<typeof HouseholdSort>;

/**
 * One search box serves three lookups, told apart by shape: a full ID number (15 or 18
 * characters), the last four characters of an ID number, or a name prefix.
 */
export type SearchTerm =
  | { kind: 'idNumber'; value: string }
  | { kind: 'idLast4'; value: string }
  | { kind: 'namePrefix'; value: string };

export function classifySearchTerm(raw: string): SearchTerm | null {
  const q = raw.trim();
  if (q === '') return null;
  if (/^\d{17}[\dXx]$|^\d{15}$/.test(q)) return { kind: 'idNumber', value: q.toUpperCase() };
  if (/^\d{3}[\dXx]$/.test(q)) return { kind: 'idLast4', value: q.toUpperCase() };
  return { kind: 'namePrefix', value: q };
}

export const HouseholdListSchema = z.object({
  q: z.string().trim().max(50).optional(),
  category: HardshipCategory.schema.optional(),
  cause: HardshipCause.schema.optional(),
  status: HouseholdStatus.schema.optional(),
  divisionCode: DivisionCodeSchema.optional(),
  orgId: z.uuid().optional(),
  sort: HouseholdSort.default('updatedDesc'),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type HouseholdListInput = z.input<typeof HouseholdListSchema>;
export type HouseholdListQuery = z.output<typeof HouseholdListSchema>;
