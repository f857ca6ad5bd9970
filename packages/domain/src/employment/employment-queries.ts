import { z } from 'zod';
import { DivisionCodeSchema } from '../divisions';
import { FairStatus, PositionCategory, PositionStatus } from './enums';

const page = {
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(20),
};

export const EmployerListSchema = z.object({ q: z.string().trim().max(50).optional(), ...page });
export type EmployerListInput = z.input<typeof EmployerListSchema>;

export const PositionListSchema = z.object({
  employerId: z.uuid().optional(),
  status: PositionStatus.schema.optional(),
  category: PositionCategory.schema.optional(),
  /** A county, or a prefecture for all its counties. */
  divisionCode: DivisionCodeSchema.optional(),
  /** Only positions on the public lists today (see isPositionListed). */
  listedOnly: z.boolean().optional(),
  ...page,
});
export type PositionListInput = z.input<typeof PositionListSchema>;

export const FairListSchema = z.object({ status: FairStatus.schema.optional(), ...page });
export type FairListInput = z.input<typeof FairListSchema>;

/** A record and the version the caller read: a stale version is refused, nothing changes. */
export const VersionedIdSchema = z.object({ id: z.uuid(), version: z.number().int().min(1) });

export const PositionCloseSchema = VersionedIdSchema.extend({ status: z.enum(['FILLED', 'CLOSED']) });
export type PositionCloseInput = z.input<typeof PositionCloseSchema>;

/** 招聘登记: workers hired into a position; filled never passes the headcount. */
export const RecordHiresSchema = VersionedIdSchema.extend({
  count: z.number().int().min(1, '录用人数至少1人 / at least one hire').max(10_000),
});
export type RecordHiresInput = z.input<typeof RecordHiresSchema>;

export const FairBoothRemoveSchema = z.object({ fairId: z.uuid(), employerId: z.uuid() });
export type FairBoothRemoveInput = z.input<typeof FairBoothRemoveSchema>;

/** The kiosk's public calls: a published fair, one listed position, a visitor's interest. */
export const KioskFairSchema = z.object({ fairId: z.uuid() });
export const KioskPositionSchema = z.object({ positionId: z.uuid() });
export const KioskInterestSchema = z.object({ fairId: z.uuid(), positionId: z.uuid() });
