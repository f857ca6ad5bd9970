import { DomainError } from '@bangfu/domain';
import { notFound } from '../common/scope';
import { versionConflict } from '../employment/employment-errors';

export const courseNotFound = (): DomainError =>
  notFound({ zh: '培训班不存在', en: 'Training course not found' });
export const enrollmentNotFound = (): DomainError =>
  notFound({ zh: '培训报名记录不存在', en: 'Enrollment not found' });
export const householdNotFound = (): DomainError =>
  notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
export const memberNotFound = (): DomainError =>
  notFound({ zh: '该家庭成员不存在', en: 'Member not found in this household' });
export const placementNotFound = (): DomainError =>
  notFound({ zh: '就业安置记录不存在', en: 'Placement not found' });

export const enrollmentVersionConflict = (): DomainError =>
  versionConflict({ zh: '培训报名记录', en: 'enrollment' });
export const placementVersionConflict = (): DomainError =>
  versionConflict({ zh: '就业安置记录', en: 'placement' });

export const conflict = (zh: string, en: string, details?: Record<string, unknown>): DomainError =>
  new DomainError('CONFLICT', { zh, en }, details);
