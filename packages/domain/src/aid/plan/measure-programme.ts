import type { AidMeasureKind, AidProgramme } from './aid-enums';

/**
 * The ledger programme a measure pays through. Guarantees (保障) are delivered by government
 * 兜底 schemes, not paid from the union ledger, so they have none [A].
 */
export const MEASURE_PROGRAMME: Readonly<Record<AidMeasureKind, AidProgramme | null>> = {
  LIVING: 'LIVING',
  MEDICAL: 'MEDICAL',
  EDUCATION: 'EDUCATION',
  EMPLOYMENT: 'EMPLOYMENT',
  SKILL_TRAINING: 'EMPLOYMENT',
  ENTREPRENEURSHIP: 'ENTREPRENEURSHIP',
  LEGAL: 'LEGAL',
  FESTIVAL: 'FESTIVAL',
  MUTUAL_AID_PREMIUM: 'MUTUAL_AID_PREMIUM',
  GUARANTEE_HOUSING: null,
  GUARANTEE_BASIC_LIVING: null,
  GUARANTEE_EMPLOYMENT: null,
  GUARANTEE_EDUCATION: null,
  GUARANTEE_MEDICAL: null,
  TEMPORARY_RELIEF: 'TEMPORARY_RELIEF',
};

/** Programmes paid without a signed plan, and without a file (brief §3.2 guard exceptions). */
export const PLAN_EXEMPT_PROGRAMMES: readonly AidProgramme[] = ['TEMPORARY_RELIEF'];
export const FILE_EXEMPT_PROGRAMMES: readonly AidProgramme[] = ['TEMPORARY_RELIEF', 'FESTIVAL'];
