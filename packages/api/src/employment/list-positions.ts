import { listPositionPage } from '@bangfu/db';
import type { PositionListQuery } from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import type { StaffContext } from './employment-errors';
import { type PositionDto, toPositionDto } from './position-dto';

/** Positions of any union, newest first; `listedOnly` keeps those on the public lists today. */
export async function listPositions({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: PositionListQuery;
}): Promise<Page<PositionDto>> {
  const asOf = businessDate(ctx.now());
  const rows = await listPositionPage(ctx.db, {
    employerId: input.employerId,
    status: input.status,
    category: input.category,
    divisionCode: input.divisionCode,
    listedOn: input.listedOnly ? asOf : undefined,
    afterId: decodeCursor(input.cursor)?.id,
    limit: input.limit,
  });
  return toPage(
    rows,
    input.limit,
    (r) => toPositionDto(r, asOf),
    () => null,
  );
}
