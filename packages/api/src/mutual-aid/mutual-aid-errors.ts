import { DomainError, type Label } from '@bangfu/domain';
import { notFound } from '../common/scope';
import type { Context, StaffActor } from '../context';

export type StaffContext = Context & { actor: StaffActor };

export const schemeNotFound = (): DomainError =>
  notFound({ zh: '互助方案不存在', en: 'Mutual-aid scheme not found' });
export const unitNotFound = (): DomainError => notFound({ zh: '参加单位不存在', en: 'Unit not found' });
export const enrolmentNotFound = (): DomainError =>
  notFound({ zh: '参加记录不存在', en: 'Enrolment not found' });
export const pharmacyAccountNotFound = (): DomainError =>
  notFound({ zh: '药房补助账户不存在', en: 'Pharmacy account not found' });

/** A rule of the scheme refuses the request; `reasons` say which, in both languages. */
export function ruleViolation(message: Label, reasons: { code: string; label: Label }[] = []): DomainError {
  return new DomainError('RULE_VIOLATION', message, { reasons });
}

export function notEligible(reasons: { code: string; label: Label }[]): DomainError {
  return new DomainError(
    'NOT_ELIGIBLE',
    {
      zh: `不符合参加条件:${reasons.map((r) => r.label.zh).join(';')}`,
      en: `Not eligible: ${reasons.map((r) => r.label.en).join('; ')}`,
    },
    { reasons },
  );
}

/** A field-level validation error, with the message in both languages on the field. */
export function fieldError(field: string, message: Label): DomainError {
  return new DomainError('VALIDATION', message, {
    fieldErrors: { [field]: [`${message.zh} / ${message.en}`] },
  });
}
