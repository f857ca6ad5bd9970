import { DomainError } from '@bangfu/domain';
import { notFound } from '../common/scope';
import type { Context, StaffActor } from '../context';

export type StaffContext = Context & { actor: StaffActor };

export const householdNotFound = (): DomainError =>
  notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
export const surveyNotFound = (): DomainError => notFound({ zh: '入户调查不存在', en: 'Survey not found' });
export const attachmentNotFound = (): DomainError =>
  notFound({ zh: '附件不存在', en: 'Attachment not found' });

export const householdVersionConflict = (): DomainError =>
  new DomainError('VERSION_CONFLICT', {
    zh: '该档案已被他人处理,请刷新后重试',
    en: 'Someone else moved this file on; reload and try again',
  });

/** A field-level validation error, with the message in both languages on the field. */
export function fieldError(field: string, zh: string, en: string, details?: Record<string, unknown>) {
  return new DomainError(
    'VALIDATION',
    { zh, en },
    { ...details, fieldErrors: { [field]: [`${zh} / ${en}`] } },
  );
}

/** A survey step recorded out of its place in the method's order. */
export const surveyStepOutOfOrder = (zh: string, en: string, details: Record<string, unknown>) =>
  new DomainError('STEP_OUT_OF_ORDER', { zh, en }, details);

export const notASurveyor = (): DomainError =>
  new DomainError('FORBIDDEN', {
    zh: '只有被指派的调查人员才能办理此步骤',
    en: 'Only an assigned surveyor may do this',
  });
