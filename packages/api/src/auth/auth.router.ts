import { SignInSchema } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { publicProcedure } from '../trpc';
import { getMe } from './me';
import { signIn } from './sign-in';
import { signOut } from './sign-out';

export const authRouter = {
  signIn: publicProcedure.input(SignInSchema).mutation(({ ctx, input }) => signIn({ ctx, input })),
  signOut: publicProcedure.mutation(({ ctx }) => signOut({ ctx })),
  me: publicProcedure.query(({ ctx }) => (ctx.actor ? getMe(ctx.db, ctx.actor.userId) : null)),
} satisfies TRPCRouterRecord;
