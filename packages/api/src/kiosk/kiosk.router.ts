import { KioskFairSchema, KioskInterestSchema, KioskPositionSchema } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { publicProcedure } from '../trpc';
import { kioskFair } from './kiosk-fair';
import { kioskPosition } from './kiosk-position';
import { registerInterest } from './register-interest';

/** The unattended fair display and the page its QR codes open: public, no sign-in, no personal data. */
export const kioskRouter = {
  fair: publicProcedure.input(KioskFairSchema).query(({ ctx, input }) => kioskFair({ ctx, input })),
  position: publicProcedure
    .input(KioskPositionSchema)
    .query(({ ctx, input }) => kioskPosition({ ctx, input })),
  registerInterest: publicProcedure
    .input(KioskInterestSchema)
    .mutation(({ ctx, input }) => registerInterest({ ctx, input })),
} satisfies TRPCRouterRecord;
