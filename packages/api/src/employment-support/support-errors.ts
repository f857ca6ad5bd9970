import { DomainError } from '@bangfu/domain';
import { notFound } from '../common/scope';
import { versionConflict } from '../employment/employment-errors';

export const internshipNotFound = (): DomainError =>
  notFound({ zh: '实习记录不存在', en: 'Internship not found' });
export const competitionNotFound = (): DomainError =>
  notFound({ zh: '技能比武不存在', en: 'Skills competition not found' });
export const entryNotFound = (): DomainError =>
  notFound({ zh: '参赛记录不存在', en: 'Competition entry not found' });
export const mentorshipNotFound = (): DomainError =>
  notFound({ zh: '师徒带徒记录不存在', en: 'Mentorship not found' });
export const startupNotFound = (): DomainError =>
  notFound({ zh: '创业扶持个案不存在', en: 'Start-up case not found' });
export const enterpriseNotFound = (): DomainError =>
  notFound({ zh: '困难企业不存在', en: 'Struggling enterprise not found' });

export const staleVersion = (zh: string, en: string): DomainError => versionConflict({ zh, en });

export const conflict = (zh: string, en: string, details?: Record<string, unknown>): DomainError =>
  new DomainError('CONFLICT', { zh, en }, details);

/** Loads a row for update and checks the version the client read. */
export function assertVersion<T extends { version: number }>(
  row: T | undefined,
  version: number,
  missing: () => DomainError,
  stale: () => DomainError,
): T {
  if (!row) throw missing();
  if (row.version !== version) throw stale();
  return row;
}

/** Checks that exactly one row changed in a version-guarded update. */
export function assertUpdated(changed: bigint | number, stale: () => DomainError): void {
  if (Number(changed) !== 1) throw stale();
}
