import type { MutualAidPlanType } from '../scheme/scheme-enums';
import type { ClaimKind, DocumentKind } from './claim-enums';

/** Which kind of claim each plan type pays for. */
export const CLAIM_KINDS_BY_PLAN_TYPE: Readonly<Record<MutualAidPlanType, readonly ClaimKind[]>> = {
  INPATIENT_RATIO: ['INPATIENT'],
  INPATIENT_TIERED: ['INPATIENT'],
  DAILY_ALLOWANCE: ['INPATIENT'],
  CRITICAL_ILLNESS_LUMP: ['DIAGNOSIS'],
  FEMALE_DISEASE_TIERED: ['DIAGNOSIS'],
  ACCIDENT: ['ACCIDENT_INJURY'],
};

/**
 * The §7.1 checklist per claim: identity always; the diagnosis for a disease; the unit's
 * certificate for an accident; the bills for anything computed from cost. A daily allowance
 * needs only proof of the stay.
 */
export function requiredDocuments(planType: MutualAidPlanType, kind: ClaimKind): DocumentKind[] {
  if (planType === 'DAILY_ALLOWANCE') return ['ID_CARD', 'DISCHARGE_SUMMARY'];
  switch (kind) {
    case 'INPATIENT':
      return ['ID_CARD', 'DISCHARGE_SUMMARY', 'MEDICAL_INVOICE', 'INSURANCE_SETTLEMENT'];
    case 'DIAGNOSIS':
      return ['ID_CARD', 'DIAGNOSIS_CERTIFICATE'];
    case 'ACCIDENT_INJURY':
      return ['ID_CARD', 'UNIT_CERTIFICATE', 'MEDICAL_INVOICE'];
  }
}
