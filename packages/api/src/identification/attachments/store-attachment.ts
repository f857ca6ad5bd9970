import { createHash } from 'node:crypto';
import { type Database, newId } from '@bangfu/db';
import {
  ATTACHMENT_LIMITS,
  type AttachmentKind,
  type AttachmentMime,
  DomainError,
  pdfHasActiveContent,
  sniffMime,
} from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../../audit/append-audit';
import { subtreePattern } from '../../common/scope';
import type { Context } from '../../context';
import { fieldError, householdNotFound } from '../identification-errors';

export interface StoreAttachmentInput {
  householdId: string;
  kind: AttachmentKind;
  filename: string;
  /** What the uploader claimed; must match the sniffed type when given. */
  mime?: AttachmentMime;
  contentBase64: string;
  /** What the file belongs to inside the case (e.g. 'democratic_review', its id). */
  ownerType?: string | null;
  ownerId?: string | null;
}

const oversize = (size: number) =>
  new DomainError(
    'VALIDATION',
    { zh: '文件不能超过5MB', en: 'The file exceeds 5 MB' },
    { size, maxBytes: ATTACHMENT_LIMITS.maxBytes, fieldErrors: { contentBase64: ['文件过大 / too large'] } },
  );

/**
 * Stores a file of a household's case inside the caller's transaction. The type is read from the
 * bytes; only JPEG, PNG, WebP and PDF up to the size limit are kept. Staff callers are held to
 * their subtree. Shared by every step that files a paper (minutes, notice sheets, signed plans).
 */
export async function storeAttachment(
  trx: Transaction<Database>,
  ctx: Pick<Context, 'actor' | 'ip' | 'now'>,
  input: StoreAttachmentInput,
): Promise<{ id: string }> {
  let q = trx.selectFrom('household').select('id').where('id', '=', input.householdId);
  if (ctx.actor) q = q.where('org_path', 'like', subtreePattern(ctx.actor.orgPath));
  const household = await q.executeTakeFirst();
  if (!household) throw householdNotFound();

  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw fieldError('contentBase64', '文件为空', 'The file is empty');
  if (bytes.length > ATTACHMENT_LIMITS.maxBytes) throw oversize(bytes.length);
  const mime = sniffMime(bytes);
  if (!mime) {
    throw fieldError('contentBase64', '仅接受JPEG、PNG、WebP图片或PDF文件', 'Only JPEG, PNG, WebP or PDF');
  }
  if (mime === 'application/pdf' && pdfHasActiveContent(bytes)) {
    throw fieldError(
      'contentBase64',
      'PDF中含有脚本或可执行内容，请重新扫描',
      'The PDF carries scripts or actions',
    );
  }
  if (input.mime && input.mime !== mime) {
    throw fieldError('mime', '文件内容与声明的类型不符', 'The file is not of the type it claims', {
      sniffed: mime,
    });
  }
  const now = ctx.now();
  const id = newId(now.getTime());
  const meta = {
    id,
    household_id: household.id,
    owner_type: input.ownerType ?? null,
    owner_id: input.ownerId ?? null,
    kind: input.kind,
    filename: input.filename.trim().slice(0, ATTACHMENT_LIMITS.maxFilenameLength),
    mime,
    size_bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    uploaded_by: ctx.actor?.userId ?? null,
    uploaded_at: now,
  };
  await trx
    .insertInto('attachment')
    .values({ ...meta, content: bytes })
    .execute();
  await appendAudit(trx, ctx, {
    action: 'attachment.upload',
    entityType: 'attachment',
    entityId: id,
    after: { ...meta, uploaded_at: now.toISOString() },
  });
  return { id };
}
