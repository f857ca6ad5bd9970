import { listFairPage } from '@bangfu/db';
import type { FairListQuery } from '@bangfu/domain';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import type { StaffContext } from './employment-errors';
import { type FairDto, toFairDto } from './fair-dto';

/** Job fairs of every union, latest start first. */
export async function listFairs({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: FairListQuery;
}): Promise<Page<FairDto>> {
  const after = decodeCursor(input.cursor);
  const rows = await listFairPage(ctx.db, {
    status: input.status,
    after: after?.key ? { startDate: after.key, id: after.id } : undefined,
    limit: input.limit,
  });
  return toPage(rows, input.limit, toFairDto, (r) => r.start_date);
}
