import { DomainError } from '@bangfu/domain';
import { notFound } from '../common/scope';
import { versionConflict } from '../employment/employment-errors';

export const householdNotFound = (): DomainError =>
  notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
export const visitNotFound = (): DomainError =>
  notFound({ zh: '核查任务不存在', en: 'Verification visit not found' });
export const referralNotFound = (): DomainError => notFound({ zh: '线索不存在', en: 'Referral not found' });
export const spotCheckNotFound = (): DomainError =>
  notFound({ zh: '抽查记录不存在', en: 'Spot check not found' });
export const callNotFound = (): DomainError =>
  notFound({ zh: '回访任务不存在', en: 'Follow-up call not found' });
export const userNotFound = (): DomainError => notFound({ zh: '用户不存在', en: 'User not found' });

export const staleRecord = (zh: string, en: string): DomainError => versionConflict({ zh, en });

export const conflict = (zh: string, en: string, details?: Record<string, unknown>): DomainError =>
  new DomainError('CONFLICT', { zh, en }, details);

export const ruleViolation = (zh: string, en: string, details?: Record<string, unknown>): DomainError =>
  new DomainError('RULE_VIOLATION', { zh, en }, details);
