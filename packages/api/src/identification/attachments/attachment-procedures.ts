import { withTransaction } from '@bangfu/db';
import type { UploadAttachmentSchema } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../../audit/append-audit';
import { subtreePattern } from '../../common/scope';
import { getCaseHousehold } from '../case-household';
import { attachmentNotFound, type StaffContext } from '../identification-errors';
import { ATTACHMENT_META_COLUMNS, type AttachmentMetaDto, toAttachmentMeta } from './attachment-dto';
import { storeAttachment } from './store-attachment';

/** 上传附件 for a household in scope. */
export function uploadAttachment({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof UploadAttachmentSchema>;
}): Promise<{ id: string }> {
  return withTransaction(ctx.db, (trx) => storeAttachment(trx, ctx, input));
}

/** The attachments of a household, metadata only, oldest first. */
export async function listAttachments({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { householdId: string };
}): Promise<AttachmentMetaDto[]> {
  const h = await getCaseHousehold(ctx.db, ctx.actor, input);
  const rows = await ctx.db
    .selectFrom('attachment as a')
    .leftJoin('staff_user as u', 'u.id', 'a.uploaded_by')
    .select(ATTACHMENT_META_COLUMNS)
    .where('a.household_id', '=', h.id)
    .orderBy('a.uploaded_at')
    .orderBy('a.id')
    .execute();
  return rows.map(toAttachmentMeta);
}

/** One attachment with its content; every read is audited (the files hold ID cards and receipts). */
export async function getAttachment({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { id: string };
}): Promise<AttachmentMetaDto & { contentBase64: string }> {
  return withTransaction(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('attachment as a')
      .innerJoin('household as h', 'h.id', 'a.household_id')
      .leftJoin('staff_user as u', 'u.id', 'a.uploaded_by')
      .select([...ATTACHMENT_META_COLUMNS, 'a.content'])
      .where('a.id', '=', input.id)
      .where('h.org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .executeTakeFirst();
    if (!row) throw attachmentNotFound();
    await appendAudit(trx, ctx, {
      action: 'attachment.read',
      entityType: 'attachment',
      entityId: row.id,
      after: { householdId: row.household_id, kind: row.kind, sha256: row.sha256 },
    });
    return { ...toAttachmentMeta(row), contentBase64: Buffer.from(row.content).toString('base64') };
  });
}
