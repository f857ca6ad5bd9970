import { ClaimStatus, DomainError } from '@bangfu/domain';
import { notFound } from '../common/scope';
import type { Context, StaffActor } from '../context';

export type StaffContext = Context & { actor: StaffActor };

export const claimNotFound = (): DomainError =>
  notFound({ zh: '互助理赔申请不存在', en: 'Mutual-aid claim not found' });
export const enrolmentNotFound = (): DomainError =>
  notFound({ zh: '互助参保记录不存在', en: 'Mutual-aid enrolment not found' });
export const schemeNotFound = (): DomainError =>
  notFound({ zh: '互助方案不存在', en: 'Mutual-aid scheme not found' });

export const claimVersionConflict = (): DomainError =>
  new DomainError('VERSION_CONFLICT', {
    zh: '该理赔申请已被他人修改,请刷新后重试',
    en: 'Someone else changed this claim; reload and try again',
  });

/** Asserts the claim is at one of `allowed` steps (e.g. paying before approval is refused). */
export function requireClaimStatus(status: string, allowed: readonly ClaimStatus[]): void {
  if (allowed.includes(status as ClaimStatus)) return;
  const s = status as ClaimStatus;
  throw new DomainError(
    'STEP_OUT_OF_ORDER',
    {
      zh: `理赔申请当前状态为"${ClaimStatus.label(s, 'zh')}",不能执行此操作`,
      en: `Not allowed while the claim is ${ClaimStatus.label(s, 'en')}`,
    },
    { status, allowed },
  );
}
