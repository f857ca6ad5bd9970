import { ApprovalGuard, DomainError } from '@bangfu/domain';
import { notFound } from '../common/scope';
import type { Context, StaffActor } from '../context';

export type StaffContext = Context & { actor: StaffActor };

export const householdNotFound = (): DomainError =>
  notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
export const noticeNotFound = (): DomainError => notFound({ zh: '公示不存在', en: 'Notice not found' });
export const objectionNotFound = (): DomainError => notFound({ zh: '异议不存在', en: 'Objection not found' });
export const declarationNotFound = (): DomainError =>
  notFound({ zh: '回避申报不存在', en: 'Declaration not found' });

export const householdVersionConflict = (): DomainError =>
  new DomainError('VERSION_CONFLICT', {
    zh: '该档案已被他人处理,请刷新后重试',
    en: 'Someone else moved this file on; reload and try again',
  });

/** A field-level validation error, with the message in both languages on the field. */
export function fieldError(field: string, zh: string, en: string): DomainError {
  return new DomainError('VALIDATION', { zh, en }, { fieldErrors: { [field]: [`${zh} / ${en}`] } });
}

/** A brief §3.2 approval guard that is not met; `guard` says which. */
export function guardFailed(guard: ApprovalGuard, details: Record<string, unknown> = {}): DomainError {
  // Acting at one's own level is a matter of authority, not of the file's records.
  return new DomainError(
    guard === 'HIGHER_LEVEL' ? 'FORBIDDEN' : 'RULE_VIOLATION',
    { zh: ApprovalGuard.label(guard, 'zh'), en: ApprovalGuard.label(guard, 'en') },
    { guard, ...details },
  );
}
