import type { AttachmentKind, AttachmentMime } from '@bangfu/domain';

export interface AttachmentMetaDto {
  id: string;
  householdId: string;
  kind: AttachmentKind;
  filename: string;
  mime: AttachmentMime;
  sizeBytes: number;
  sha256: string;
  ownerType: string | null;
  ownerId: string | null;
  uploadedBy: string | null;
  uploadedByName: string | null;
  uploadedAt: string;
}

export const ATTACHMENT_META_COLUMNS = [
  'a.id',
  'a.household_id',
  'a.kind',
  'a.filename',
  'a.mime',
  'a.size_bytes',
  'a.sha256',
  'a.owner_type',
  'a.owner_id',
  'a.uploaded_by',
  'u.display_name as uploaded_by_name',
  'a.uploaded_at',
] as const;

export function toAttachmentMeta(r: {
  id: string;
  household_id: string;
  kind: string;
  filename: string;
  mime: string;
  size_bytes: number;
  sha256: string;
  owner_type: string | null;
  owner_id: string | null;
  uploaded_by: string | null;
  uploaded_by_name: string | null;
  uploaded_at: string;
}): AttachmentMetaDto {
  return {
    id: r.id,
    householdId: r.household_id,
    kind: r.kind as AttachmentKind,
    filename: r.filename,
    mime: r.mime as AttachmentMime,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    ownerType: r.owner_type,
    ownerId: r.owner_id,
    uploadedBy: r.uploaded_by,
    uploadedByName: r.uploaded_by_name,
    uploadedAt: r.uploaded_at,
  };
}
