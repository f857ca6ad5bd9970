import type { SchemeListSchema } from '@bangfu/domain';
import type { z } from 'zod';
import type { StaffContext } from './mutual-aid-errors';
import { type SchemeDto, schemeVisibleTo, toSchemeDto } from './scheme-rows';

/** The schemes the actor may see, current versions first (closed ones only when asked). */
export async function listSchemes({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.infer<typeof SchemeListSchema>;
}): Promise<SchemeDto[]> {
  let q = ctx.db
    .selectFrom('ma_scheme')
    .selectAll()
    .where(schemeVisibleTo(ctx.actor.orgPath))
    .orderBy('term_year', 'desc')
    .orderBy('code')
    .orderBy('version', 'desc')
    .limit(500);
  if (input.termYear !== undefined) q = q.where('term_year', '=', input.termYear);
  if (!input.includeClosed) q = q.where('status', '=', 'ACTIVE');
  return (await q.execute()).map(toSchemeDto);
}
