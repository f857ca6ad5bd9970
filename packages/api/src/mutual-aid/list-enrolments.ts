import type { EnrolmentListSchema } from '@bangfu/domain';
import type { z } from 'zod';
import { decodeCursor, encodeCursor, type Page } from '../common/page-cursor';
import { subtreePattern } from '../common/scope';
import { type EnrolmentDto, selectEnrolments, toEnrolmentDtos } from './enrolment-dto';
import type { StaffContext } from './mutual-aid-errors';

/** Enrolments in the actor's subtree, oldest first, optionally for one unit, scheme or term. */
export async function listEnrolments({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.infer<typeof EnrolmentListSchema>;
}): Promise<Page<EnrolmentDto>> {
  const after = decodeCursor(input.cursor);
  let q = selectEnrolments(ctx.db)
    .where('e.org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy('e.id')
    .limit(input.limit + 1);
  if (input.unitId) q = q.where('e.unit_id', '=', input.unitId);
  if (input.schemeId) q = q.where('e.scheme_id', '=', input.schemeId);
  if (input.termYear !== undefined) q = q.where('e.term_year', '=', input.termYear);
  if (after) q = q.where('e.id', '>', after.id);
  const rows = await q.execute();
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: await toEnrolmentDtos(ctx.db, page),
    nextCursor: rows.length > input.limit && last ? encodeCursor(null, last.id) : null,
  };
}
