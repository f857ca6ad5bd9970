import { ALL_ROLES, SignInSchema, StaffPhoneUpdateSchema } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { publicProcedure, staffProcedure } from '../trpc';
import { getMe } from './me';
import { signIn } from './sign-in';
import { signOut } from './sign-out';
import { updateMyStaffPhone } from './update-my-phone';

export const authRouter = {
  signIn: publicProcedure.input(SignInSchema).mutation(({ ctx, input }) => signIn({ ctx, input })),
  signOut: publicProcedure.mutation(({ ctx }) => signOut({ ctx })),
  /** The caller's own work phone, printed on the contact cards of the households they look after. */
  updateMyPhone: staffProcedure(ALL_ROLES)
    .input(StaffPhoneUpdateSchema)
    .mutation(({ ctx, input }) => updateMyStaffPhone({ ctx, input })),
  me: publicProcedure.query(({ ctx }) => (ctx.actor ? getMe(ctx.db, ctx.actor.userId) : null)),
} satisfies TRPCRouterRecord;
