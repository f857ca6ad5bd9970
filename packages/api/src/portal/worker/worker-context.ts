import type { Context, WorkerActor } from '../../context';

/** What every worker procedure receives: ctx.worker is set, and is the only source of the household. */
export type WorkerContext = Context & { worker: WorkerActor };
