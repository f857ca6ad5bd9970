import { DomainError, type Role } from '@bangfu/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import type { Context, StaffActor, WorkerActor } from './context';
import { formatError, toTRPCError } from './errors';

/**
 * Every procedure declares who may call it. The authorization test walks the router and fails
 * on any procedure without a policy.
 */
export type Policy =
  | { kind: 'public' }
  | { kind: 'staff'; roles: readonly Role[] }
  /** A signed-in worker in the self-service portal, acting on their own household only. */
  | { kind: 'worker' };
export interface Meta {
  policy?: Policy;
}

const t = initTRPC.context<Context>().meta<Meta>().create({ errorFormatter: formatError });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Maps thrown domain errors to tRPC errors in one place, and guards mutations against CSRF. */
const base = t.procedure.use(async ({ ctx, type, next }) => {
  if (type === 'mutation' && !ctx.csrfOk) {
    throw toTRPCError(new DomainError('CSRF', { zh: '请求来源无效', en: 'Request origin check failed' }));
  }
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error.cause ?? result.error);
  return result;
});

export const publicProcedure = base.meta({ policy: { kind: 'public' } });

/** A staff procedure allowed to the given roles; narrows ctx.actor to non-null. */
export function staffProcedure(roles: readonly Role[]) {
  return base.meta({ policy: { kind: 'staff', roles } }).use(({ ctx, next }) => {
    const actor = ctx.actor;
    if (!actor) {
      throw toTRPCError(new DomainError('UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in' }));
    }
    if (!actor.roles.some((r) => roles.includes(r))) {
      throw toTRPCError(
        new DomainError('FORBIDDEN', { zh: '无权执行此操作', en: 'Not allowed for your role' }),
      );
    }
    return next({ ctx: { ...ctx, actor: actor as StaffActor } });
  });
}

const workerBase = base.meta({ policy: { kind: 'worker' } });

function requireWorker(ctx: Context, needPin: boolean): WorkerActor {
  const worker = ctx.worker;
  if (!worker) {
    throw toTRPCError(new DomainError('UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in' }));
  }
  if (needPin && !worker.pinSet) {
    throw toTRPCError(
      new DomainError('FORBIDDEN', { zh: '请先设置登录密码', en: 'Please set your PIN first' }),
    );
  }
  return worker;
}

/** A worker procedure: needs a worker session with its PIN set; narrows ctx.worker to non-null. */
export const workerProcedure = workerBase.use(({ ctx, next }) =>
  next({ ctx: { ...ctx, worker: requireWorker(ctx, true) } }),
);

/** The one step a fresh session (activated, no PIN yet) may take: choosing the PIN. */
export const activatingWorkerProcedure = workerBase.use(({ ctx, next }) =>
  next({ ctx: { ...ctx, worker: requireWorker(ctx, false) } }),
);

export { TRPCError };
