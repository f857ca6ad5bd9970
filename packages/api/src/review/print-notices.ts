import { withTransaction } from '@bangfu/db';
import type { NoticeDocument, NoticeDocumentSchema, NoticeSheetSchema } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { getOrgInScope, subtreePattern } from '../common/scope';
import { NoticeContentSchema, renderStoredNotices } from './notice-content';
import { noticeNotFound, type StaffContext } from './review-errors';

/** 公示单 of one notice, from its masked snapshot. Printing is logged (brief §11.5). */
export async function noticeDocument({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof NoticeDocumentSchema>;
}): Promise<{ noticeId: string; status: string; document: NoticeDocument }> {
  return withTransaction(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('public_notice')
      .select(['id', 'status', 'content'])
      .where('id', '=', input.noticeId)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .executeTakeFirst();
    if (!row) throw noticeNotFound();
    const document = renderStoredNotices([NoticeContentSchema.parse(row.content)], input.lang);
    await appendAudit(trx, ctx, {
      action: 'notice.print',
      entityType: 'public_notice',
      entityId: row.id,
      after: { lang: input.lang },
    });
    return { noticeId: row.id, status: row.status, document };
  });
}

/** Every notice of one union open on `date` (today by default), one document per notice period. */
export async function noticeSheet({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof NoticeSheetSchema>;
}): Promise<{ orgId: string; date: string; noticeIds: string[]; documents: NoticeDocument[] }> {
  const date = input.date ?? businessDate(ctx.now());
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    const rows = await trx
      .selectFrom('public_notice')
      .select(['id', 'start_date', 'end_date', 'content'])
      .where('org_id', '=', org.id)
      .where('status', '=', 'OPEN')
      .where('start_date', '<=', date)
      .where('end_date', '>=', date)
      .orderBy('start_date')
      .orderBy('end_date')
      .orderBy('id')
      .execute();
    const byPeriod = new Map<string, z.infer<typeof NoticeContentSchema>[]>();
    for (const r of rows) {
      const key = `${r.start_date}/${r.end_date}`;
      byPeriod.set(key, [...(byPeriod.get(key) ?? []), NoticeContentSchema.parse(r.content)]);
    }
    const documents = [...byPeriod.values()].map((contents) => renderStoredNotices(contents, input.lang));
    const noticeIds = rows.map((r) => r.id);
    await appendAudit(trx, ctx, {
      action: 'notice.print',
      entityType: 'org_unit',
      entityId: org.id,
      after: { date, lang: input.lang, noticeIds },
    });
    return { orgId: org.id, date, noticeIds, documents };
  });
}
