import { newId, withTransaction } from '@bangfu/db';
import type { UnitInput, UnitListSchema } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import { getOrgInScope, notFound, subtreePattern } from '../common/scope';
import type { StaffContext } from './mutual-aid-errors';
import { getUnitInScope, toUnitDto, type UnitDto } from './unit-rows';

/** 登记参加单位: an employer and its grassroots union, in the actor's scope. */
export async function createUnit({ ctx, input }: { ctx: StaffContext; input: UnitInput }): Promise<UnitDto> {
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    if (input.employerId) {
      const employer = await trx
        .selectFrom('employer')
        .select('id')
        .where('id', '=', input.employerId)
        .executeTakeFirst();
      if (!employer) throw notFound({ zh: '用人单位不存在', en: 'Employer not found' });
    }
    const now = ctx.now();
    const row = await trx
      .insertInto('ma_unit')
      .values({
        id: newId(now.getTime()),
        employer_id: input.employerId ?? null,
        name: input.name,
        org_id: org.id,
        org_path: org.path,
        division_code: input.divisionCode,
        staff_count: input.staffCount,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const dto = toUnitDto(row);
    await appendAudit(trx, ctx, {
      action: 'mutual_aid.unit.create',
      entityType: 'ma_unit',
      entityId: dto.id,
      after: dto,
    });
    return dto;
  });
}

export async function getUnit({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { unitId: string };
}): Promise<UnitDto> {
  return toUnitDto(await getUnitInScope(ctx.db, { id: input.unitId, orgPath: ctx.actor.orgPath }));
}

/** Units in the actor's subtree by name. */
export async function listUnits({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.infer<typeof UnitListSchema>;
}): Promise<Page<UnitDto>> {
  const after = decodeCursor(input.cursor);
  let q = ctx.db
    .selectFrom('ma_unit')
    .selectAll()
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy('name')
    .orderBy('id')
    .limit(input.limit + 1);
  if (input.q) q = q.where('name', 'like', `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (after) {
    const name = after.key ?? '';
    q = q.where((eb) =>
      eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', after.id)])]),
    );
  }
  return toPage(await q.execute(), input.limit, toUnitDto, (r) => r.name);
}
