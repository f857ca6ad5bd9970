import { DomainError, type Label } from '@bangfu/domain';
import { notFound } from '../common/scope';

export type { SavedRecord, StaffContext } from '../employment/employment-errors';

export const campaignNotFound = (): DomainError =>
  notFound({ zh: '调研活动不存在', en: 'Survey campaign not found' });
export const responseNotFound = (): DomainError =>
  notFound({ zh: '调研答卷不存在', en: 'Survey response not found' });

export const campaignVersionConflict = (): DomainError =>
  new DomainError('VERSION_CONFLICT', {
    zh: '该调研活动已被他人修改,请刷新后重试',
    en: 'Someone else changed this campaign; reload and try again',
  });
export const responseVersionConflict = (): DomainError =>
  new DomainError('VERSION_CONFLICT', {
    zh: '该答卷已被修改,请刷新后重试',
    en: 'This response was changed; reload and try again',
  });

export const surveyForbidden = (message: Label): DomainError => new DomainError('FORBIDDEN', message);
export const surveyRuleViolation = (message: Label): DomainError =>
  new DomainError('RULE_VIOLATION', message);

/** A validation error on named fields, each message in both languages. */
export function surveyFieldErrors(message: Label, fieldErrors: Record<string, string[]>): DomainError {
  return new DomainError('VALIDATION', message, { fieldErrors });
}
