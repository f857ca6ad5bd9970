import { listEmployerPage } from '@bangfu/db';
import type { EmployerListQuery } from '@bangfu/domain';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import { type EmployerDto, toEmployerDto } from './employer-dto';
import type { StaffContext } from './employment-errors';

/** Employers by name, any union's: job information is readable by every staff member. */
export async function listEmployers({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: EmployerListQuery;
}): Promise<Page<EmployerDto>> {
  const after = decodeCursor(input.cursor);
  const rows = await listEmployerPage(ctx.db, {
    nameContains: input.q || undefined,
    after: after ? { name: after.key ?? '', id: after.id } : undefined,
    limit: input.limit,
  });
  return toPage(
    rows,
    input.limit,
    (r) => toEmployerDto(ctx.crypto, r),
    (r) => r.name,
  );
}
