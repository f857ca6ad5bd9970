import { z } from 'zod';
import { defineEnum, type EnumValue } from '../../common/labelled-enum';

/** 附件类型 (brief §4.5). */
export const AttachmentKind = defineEnum({
  APPLICATION_LETTER: { zh: '申请书', en: 'Application letter' },
  ID_CARD: { zh: '身份证(正反)', en: 'ID card (both sides)' },
  HUKOU: { zh: '户口簿(全页)', en: 'Household register (all pages)' },
  KINSHIP_PROOF: { zh: '亲属关系证明', en: 'Proof of kinship' },
  INCOME_PROOF: { zh: '收入证明(单位盖章)', en: 'Income proof (employer stamp)' },
  DIBAO_CERT: { zh: '低保证', en: 'Minimum-living-guarantee certificate' },
  DISABILITY_CERT: { zh: '残疾证', en: 'Disability certificate' },
  DIAGNOSIS: { zh: '诊断证明', en: 'Diagnosis' },
  MEDICAL_RECEIPTS: {
    zh: '医药费票据或住院/慢病医保结算单(连续3个月)',
    en: 'Medical receipts or settlement sheets (3 consecutive months)',
  },
  TUITION_RECEIPT: { zh: '学费票据', en: 'Tuition receipt' },
  ADMISSION_LETTER: { zh: '录取通知书', en: 'Admission letter' },
  LABOUR_CONTRACT: { zh: '劳动合同或劳动关系证明(农民工)', en: 'Labour contract or proof (migrant worker)' },
  RESIDENCE_PROOF: { zh: '暂住证或社区证明', en: 'Residence permit or community certificate' },
  MEMBERSHIP_PROOF: { zh: '会员证或会员证明', en: 'Union membership proof' },
  BANK_CARD: { zh: '银行卡复印件', en: 'Bank card copy' },
  SURVEY_FORM: { zh: '入户调查表', en: 'Home survey form' },
  MEETING_MINUTES: { zh: '审核会议纪要', en: 'Review meeting minutes' },
  NOTICE_SHEET: { zh: '公示单', en: 'Public notice sheet' },
  CHECK_AUTHORISATION: { zh: '核对授权书', en: 'Income-check authorisation' },
  MEDIA: { zh: '照片/录音/录像', en: 'Photo / audio / video' },
  SIGNED_PLAN: { zh: '签字帮扶计划', en: 'Signed aid plan' },
});
export type AttachmentKind = EnumValue<typeof AttachmentKind>;

/** The one place upload limits live. Audio and video are not accepted yet (brief §4.5 "录音/录像"). */
export const ATTACHMENT_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxFilenameLength: 200,
} as const;

export const AttachmentMime = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentMime = (typeof AttachmentMime)[number];

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/**
 * The file's real type from its first bytes (never from its name or the browser's claim), or null
 * for anything not accepted.
 */
export function sniffMime(bytes: Uint8Array): AttachmentMime | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

/**
 * Whether a PDF carries active content (JavaScript, launch actions, embedded files), which a
 * viewer may run when a reviewer opens the scan. Names may be hex-escaped (/J#53 is /JS), so they
 * are decoded first. Compressed object streams are not opened (copier scans have none).
 */
export function pdfHasActiveContent(bytes: Uint8Array): boolean {
  // Stream bodies (the scanned images) are skipped: their random bytes would match by chance.
  const text = new TextDecoder('latin1')
    .decode(bytes)
    .replace(/\bstream\r?\n[\s\S]*?\bendstream\b/g, ' ')
    .replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)(?![A-Za-z0-9])/.test(text);
}

// Base64 of maxBytes, rounded up, so an oversized upload is refused before it is decoded.
const MAX_BASE64 = Math.ceil(ATTACHMENT_LIMITS.maxBytes / 3) * 4;

export const UploadAttachmentSchema = z.object({
  householdId: z.uuid(),
  kind: AttachmentKind.schema,
  filename: z
    .string()
    .trim()
    .min(1, '请填写文件名 / filename is required')
    .max(ATTACHMENT_LIMITS.maxFilenameLength),
  /** What the browser claimed; checked against the sniffed type. */
  mime: z.enum(AttachmentMime).optional(),
  contentBase64: z
    .string()
    .min(1, '文件为空 / the file is empty')
    .max(MAX_BASE64, '文件不能超过5MB / the file exceeds 5 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件编码无效 / invalid base64'),
});
export type UploadAttachmentInput = z.input<typeof UploadAttachmentSchema>;

export const HouseholdRefSchema = z.object({ householdId: z.uuid() });
export const AttachmentRefSchema = z.object({ id: z.uuid() });
