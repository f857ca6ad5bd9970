import { IsoDateSchema } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { notFound } from '../common/scope';
import { staffProcedure } from '../trpc';
import { loadPolicy, publishPolicy } from './load-policy';
import { POLICY_REGISTRY } from './registry';

const KindSchema = z.object({ kind: z.string().min(1).max(64) });

function kindOf(kind: string) {
  const entry = POLICY_REGISTRY[kind];
  if (!entry) throw notFound({ zh: '配置项不存在', en: 'Unknown policy' });
  return entry;
}

export const policiesRouter = {
  kinds: staffProcedure(['admin', 'caseworker', 'reviewer', 'auditor', 'fund_officer'])
    .input(z.void())
    .query(() => Object.entries(POLICY_REGISTRY).map(([kind, e]) => ({ kind, label: e.label }))),
  get: staffProcedure(['admin', 'caseworker', 'reviewer', 'auditor', 'fund_officer'])
    .input(KindSchema)
    .query(({ ctx, input }) => {
      const e = kindOf(input.kind);
      return loadPolicy(ctx.db, input.kind, e.schema, e.fallback);
    }),
  history: staffProcedure(['admin', 'auditor'])
    .input(KindSchema)
    .query(async ({ ctx, input }) => {
      kindOf(input.kind);
      return ctx.db
        .selectFrom('policy_version')
        .select(['version', 'effective_from as effectiveFrom', 'note', 'created_at as createdAt'])
        .where('kind', '=', input.kind)
        .orderBy('version', 'desc')
        .execute();
    }),
  publish: staffProcedure(['admin'])
    .input(
      KindSchema.extend({
        body: z.unknown(),
        effectiveFrom: IsoDateSchema,
        note: z.string().max(500).nullish(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const e = kindOf(input.kind);
      return publishPolicy(ctx, { ...input, schema: e.schema });
    }),
} satisfies TRPCRouterRecord;
