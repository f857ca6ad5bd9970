import type { z } from 'zod';
import type {
  EmployerListSchema,
  FairListSchema,
  PositionCloseSchema,
  PositionListSchema,
  RecordHiresSchema,
} from './employment-queries';
import type {
  EmployerInputSchema,
  FairBoothInputSchema,
  FairInputSchema,
  PositionInputSchema,
  PositionUpdateSchema,
} from './employment-schema';

/** What the server works with once a request has been parsed (defaults applied, blanks nulled). */
export type EmployerCreate = z.output<typeof EmployerInputSchema>;
export type PositionCreate = z.output<typeof PositionInputSchema>;
export type PositionUpdate = z.output<typeof PositionUpdateSchema>;
export type FairCreate = z.output<typeof FairInputSchema>;
export type FairBooth = z.output<typeof FairBoothInputSchema>;
export type EmployerListQuery = z.output<typeof EmployerListSchema>;
export type PositionListQuery = z.output<typeof PositionListSchema>;
export type FairListQuery = z.output<typeof FairListSchema>;
export type PositionClose = z.output<typeof PositionCloseSchema>;
export type RecordHires = z.output<typeof RecordHiresSchema>;
