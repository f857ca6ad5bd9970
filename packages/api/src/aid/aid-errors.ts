import { DomainError, type Label } from '@bangfu/domain';
import { notFound } from '../common/scope';
import type { Context, StaffActor } from '../context';

export type StaffContext = Context & { actor: StaffActor };
/** What helpers called from other areas need of a context (the worker portal has no actor). */
export type AidContext = Pick<Context, 'actor' | 'ip' | 'now'>;

export const householdNotFound = (): DomainError =>
  notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
export const planNotFound = (): DomainError => notFound({ zh: '帮扶计划不存在', en: 'Aid plan not found' });
export const requestNotFound = (): DomainError =>
  notFound({ zh: '帮扶申请不存在', en: 'Aid request not found' });
export const recoveryNotFound = (): DomainError =>
  notFound({ zh: '追回记录不存在', en: 'Recovery not found' });

export const versionConflict = (what: Label): DomainError =>
  new DomainError('VERSION_CONFLICT', {
    zh: `该${what.zh}已被他人修改,请刷新后重试`,
    en: `Someone else changed this ${what.en}; reload and try again`,
  });

export const wrongState = (what: Label, status: string): DomainError =>
  new DomainError(
    'CONFLICT',
    {
      zh: `${what.zh}当前状态(${status})不能执行此操作`,
      en: `Not possible while the ${what.en} is ${status}`,
    },
    { status },
  );

export const idempotencyMismatch = (): DomainError =>
  new DomainError('IDEMPOTENCY_MISMATCH', {
    zh: '同一幂等键已用于内容不同的请求',
    en: 'This idempotency key was already used for a different request',
  });

/** A field-level validation error, with the message in both languages on the field. */
export function fieldError(field: string, zh: string, en: string, details?: Record<string, unknown>) {
  return new DomainError(
    'VALIDATION',
    { zh, en },
    { ...details, fieldErrors: { [field]: [`${zh} / ${en}`] } },
  );
}
