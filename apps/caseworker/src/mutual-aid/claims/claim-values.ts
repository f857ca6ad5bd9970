import type { ClaimKind, DocumentKind } from '@bangfu/domain';
import type { Dayjs } from 'dayjs';
import { yuanTextToFen } from '../../aid/components/yuan';

/** The claim form as antd holds it: amounts as the yuan text typed, dates as Dayjs. */
export interface ClaimValues {
  unitId?: string;
  enrolmentId?: string;
  kind?: ClaimKind;
  eventDate?: Dayjs | null;
  admissionDate?: Dayjs | null;
  dischargeDate?: Dayjs | null;
  submittedOn?: Dayjs | null;
  icd10?: string;
  firstDiagnosis?: boolean;
  totalCostYuan?: string;
  basicPaidYuan?: string;
  selfPayYuan?: string;
  policySelfPayYuan?: string;
  otherAidYuan?: string;
  documents?: DocumentKind[];
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
/** Empty is 0 fen; text that is not an amount stays NaN, so the schema names the field. */
const fen = (text: string | undefined) => {
  const v = yuanTextToFen(text);
  return v === undefined ? 0 : v === null ? Number.NaN : v;
};

/** Form values → claims.submit input; yuan text becomes integer fen by string parsing only. */
export function toClaimSubmit(v: ClaimValues, planCode: string | undefined, idempotencyKey: string) {
  const inpatient = v.kind === 'INPATIENT';
  return {
    enrolmentId: v.enrolmentId,
    idempotencyKey,
    claim: {
      planCode: planCode ?? '',
      kind: v.kind,
      eventDate: inpatient ? day(v.admissionDate) : day(v.eventDate),
      admissionDate: inpatient ? day(v.admissionDate) : undefined,
      dischargeDate: inpatient ? day(v.dischargeDate) : undefined,
      submittedOn: day(v.submittedOn),
      icd10: v.icd10?.trim() ? v.icd10.trim().toUpperCase() : undefined,
      firstDiagnosis: Boolean(v.firstDiagnosis),
      totalCostFen: fen(v.totalCostYuan),
      basicInsurancePaidFen: fen(v.basicPaidYuan),
      selfPayFen: fen(v.selfPayYuan),
      policyScopeSelfPayFen: fen(v.policySelfPayYuan),
      otherUnionAidFen: fen(v.otherAidYuan),
      documents: v.documents ?? [],
    },
  };
}
