import { z } from 'zod';
import { defineEnum, type EnumValue, type Label } from '../common/labelled-enum';
import { HardshipCategory, HouseholdStatus } from '../household/enums';
import type { Role } from '../org/org';
import { RevealPurpose } from '../org/permissions';
import type { HouseholdImportProblem } from './problems';

/** Who may import household files (they create files, as households.create does). */
export const HOUSEHOLD_IMPORT_ROLES: readonly Role[] = ['admin', 'caseworker'];
/** Who may export the roster: those who read household files, volunteers aside (a bulk copy). */
export const HOUSEHOLD_EXPORT_ROLES: readonly Role[] = [
  'admin',
  'caseworker',
  'reviewer',
  'auditor',
  'fund_officer',
];

export const HOUSEHOLD_IMPORT_LIMITS = {
  /** 10,000 households with their members come to a few MB of xlsx; this leaves room. */
  maxBytes: 40 * 1024 * 1024,
  maxHouseholds: 20_000,
  maxMembers: 120_000,
  /** Problems returned to the client; the count says how many there were in all. */
  maxProblemsShown: 5_000,
} as const;

const base64 = z
  .string()
  .min(1, '请选择文件 / choose a file')
  .max(Math.ceil((HOUSEHOLD_IMPORT_LIMITS.maxBytes * 4) / 3) + 4, '文件过大 / file too large')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容无效 / not base64');

export const HouseholdImportFileSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: base64,
});
export type HouseholdImportFileInput = z.input<typeof HouseholdImportFileSchema>;

export const HouseholdImportIdSchema = z.object({ importId: z.uuid() });

export const HouseholdImportPhase = defineEnum({
  READ: { zh: '读取文件', en: 'Reading the file' },
  CHECK: { zh: '校验数据', en: 'Checking' },
  WRITE: { zh: '写入档案', en: 'Writing files' },
  FINISHED: { zh: '已结束', en: 'Finished' },
});
export type HouseholdImportPhase = EnumValue<typeof HouseholdImportPhase>;

export const HouseholdImportStatus = defineEnum({
  RUNNING: { zh: '进行中', en: 'Running' },
  DONE: { zh: '已导入', en: 'Imported' },
  FAILED: { zh: '未导入(有错误)', en: 'Not imported (problems)' },
  INTERRUPTED: { zh: '已中断(未导入)', en: 'Interrupted (nothing imported)' },
});
export type HouseholdImportStatus = EnumValue<typeof HouseholdImportStatus>;

/** What a dry run, and a failed import, report. */
export interface HouseholdImportReport {
  readonly sha256: string;
  readonly households: number;
  readonly members: number;
  readonly problemCount: number;
  /** At most HOUSEHOLD_IMPORT_LIMITS.maxProblemsShown, in reading order. */
  readonly problems: readonly HouseholdImportProblem[];
}

export interface HouseholdImportProgress {
  readonly importId: string;
  readonly fileName: string;
  readonly status: HouseholdImportStatus;
  readonly phase: HouseholdImportPhase;
  readonly done: number;
  readonly total: number;
  readonly households: number;
  readonly members: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** Present when the import failed on problems in the file (while this process keeps them). */
  readonly report: HouseholdImportReport | null;
  /** A failure that is not about the file's content (e.g. the database refused). */
  readonly failure: Label | null;
  /** Some of the households written, for links (all of them are in the audit event's hash). */
  readonly sampleHouseholdIds: readonly string[];
}

export const HouseholdRosterExportSchema = z.object({
  status: HouseholdStatus.schema.optional(),
  category: HardshipCategory.schema.optional(),
  orgId: z.uuid().optional(),
  /** Unmask what the caller's role may see (ID numbers and phones, or bank accounts); logged. */
  reveal: z.boolean().default(false),
  purpose: z.enum(RevealPurpose).optional(),
});
export type HouseholdRosterExportInput = z.input<typeof HouseholdRosterExportSchema>;
