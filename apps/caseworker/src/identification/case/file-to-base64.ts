import { ATTACHMENT_LIMITS, AttachmentMime } from '@bangfu/domain';

/** A picked file as base64 (no data: prefix), refusing what the server would refuse anyway. */
export async function fileToBase64(file: File): Promise<{ base64: string; mime: AttachmentMime } | null> {
  const mime = (AttachmentMime as readonly string[]).includes(file.type)
    ? (file.type as AttachmentMime)
    : null;
  if (!mime || file.size > ATTACHMENT_LIMITS.maxBytes || file.size === 0) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return { base64: btoa(binary), mime };
}

/** A blob: URL for showing or saving a fetched attachment. */
export function base64ToObjectUrl(base64: string, mime: string): string {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: mime }));
}
