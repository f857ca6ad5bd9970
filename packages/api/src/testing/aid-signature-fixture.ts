import { createHash } from 'node:crypto';
import { newId } from '@bangfu/db';
import type { AttachmentKind } from '@bangfu/domain';
import type { Fixture } from './fixture';

/** Stores a scan as one of the household's attachments, as identification.uploadAttachment would. */
export async function attachSignedPlan(
  f: Fixture,
  householdId: string,
  kind: AttachmentKind = 'SIGNED_PLAN',
): Promise<string> {
  const id = newId();
  const content = Buffer.from(`signed plan scan ${id}`);
  await f.handle.db
    .insertInto('attachment')
    .values({
      id,
      household_id: householdId,
      owner_type: null,
      owner_id: null,
      kind,
      filename: 'plan-signature.jpg',
      mime: 'image/jpeg',
      size_bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploaded_by: null,
      uploaded_at: f.clock.now,
    })
    .execute();
  return id;
}
