import { DomainError } from '@bangfu/domain';
import { notFound } from '../common/scope';
import type { Context, StaffActor } from '../context';

export type StaffContext = Context & { actor: StaffActor };

/** What a write returns: the record and its new version, for the next optimistic edit. */
export interface SavedRecord {
  id: string;
  version: number;
}

export const employerNotFound = (): DomainError =>
  notFound({ zh: '用人单位不存在', en: 'Employer not found' });
export const positionNotFound = (): DomainError => notFound({ zh: '岗位不存在', en: 'Position not found' });
export const fairNotFound = (): DomainError => notFound({ zh: '招聘会不存在', en: 'Job fair not found' });

export const versionConflict = (what: { zh: string; en: string }): DomainError =>
  new DomainError('VERSION_CONFLICT', {
    zh: `该${what.zh}已被他人修改,请刷新后重试`,
    en: `Someone else changed this ${what.en}; reload and try again`,
  });

export const positionVersionConflict = (): DomainError => versionConflict({ zh: '岗位', en: 'position' });
export const fairVersionConflict = (): DomainError => versionConflict({ zh: '招聘会', en: 'job fair' });

/** A field-level validation error, with the message in both languages on the field. */
export function fieldError(field: string, zh: string, en: string, details?: Record<string, unknown>) {
  return new DomainError(
    'VALIDATION',
    { zh, en },
    { ...details, fieldErrors: { [field]: [`${zh} / ${en}`] } },
  );
}
