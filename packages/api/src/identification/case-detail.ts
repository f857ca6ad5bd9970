import {
  type ApplicationChannel,
  allowedEvents,
  type Classification,
  type Consents,
  type HouseholdStatus,
  type IdentificationEvent,
  type SurveyMethod,
} from '@bangfu/domain';
import { getCaseHousehold } from './case-household';
import { loadCaseRecords } from './case-records';
import type { StaffContext } from './identification-errors';
import { type StaffRef, staffNames, staffRef } from './staff-names';

export interface CaseDetailDto {
  householdId: string;
  status: HouseholdStatus;
  version: number;
  allowedEvents: IdentificationEvent[];
  application: {
    id: string;
    channel: ApplicationChannel;
    appliedOn: string;
    consents: Consents;
    incomeCommitmentSigned: boolean;
    incomeCheckAuthorised: boolean;
    submittedBy: StaffRef | null;
    submittedAt: string;
  } | null;
  survey: {
    id: string;
    method: SurveyMethod;
    status: string;
    version: number;
    surveyors: StaffRef[];
    assignedBy: StaffRef | null;
    assignedAt: string;
    dueOn: string;
    checklist: unknown;
    steps: { stepNo: number; code: string; recordedBy: StaffRef | null; recordedAt: string; data: unknown }[];
    signatures: { surveyor: StaffRef | null; signedAt: string; commitment: string }[];
  } | null;
  assessment: {
    id: string;
    classification: Classification;
    policyVersion: number;
    proposedCategory: string | null;
    decision: string | null;
    decidedCategory: string | null;
    reason: string | null;
    decidedBy: StaffRef | null;
    decidedAt: string | null;
  } | null;
}

/** Everything the case screen shows for the identification steps of one file. */
export async function caseDetail({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { householdId: string };
}): Promise<CaseDetailDto> {
  const h = await getCaseHousehold(ctx.db, ctx.actor, input);
  const { app, survey, steps, signatures, assessment } = await loadCaseRecords(ctx.db, h.id);
  const names = await staffNames(ctx.db, [
    app?.submitted_by,
    survey?.assigned_by,
    ...(survey?.surveyor_ids ?? []),
    ...steps.map((s) => s.recorded_by),
    ...signatures.map((s) => s.surveyor_id),
    assessment?.decided_by,
  ]);
  return {
    householdId: h.id,
    status: h.status,
    version: h.version,
    allowedEvents: allowedEvents(h.status),
    application: app && {
      id: app.id,
      channel: app.channel as ApplicationChannel,
      appliedOn: app.applied_on,
      consents: app.consents as Consents,
      incomeCommitmentSigned: app.income_commitment_signed,
      incomeCheckAuthorised: app.income_check_authorised,
      submittedBy: staffRef(names, app.submitted_by),
      submittedAt: app.submitted_at,
    },
    survey: survey && {
      id: survey.id,
      method: survey.method as SurveyMethod,
      status: survey.status,
      version: survey.version,
      surveyors: survey.surveyor_ids.map((id) => staffRef(names, id)!),
      assignedBy: staffRef(names, survey.assigned_by),
      assignedAt: survey.assigned_at,
      dueOn: survey.due_on,
      checklist: survey.checklist,
      steps: steps.map((s) => ({
        stepNo: s.step_no,
        code: s.code,
        recordedBy: staffRef(names, s.recorded_by),
        recordedAt: s.recorded_at,
        data: s.data,
      })),
      signatures: signatures.map((s) => ({
        surveyor: staffRef(names, s.surveyor_id),
        signedAt: s.signed_at,
        commitment: s.commitment,
      })),
    },
    assessment: assessment && {
      id: assessment.id,
      classification: assessment.classification as Classification,
      policyVersion: assessment.policy_version,
      proposedCategory: assessment.proposed_category,
      decision: assessment.decision,
      decidedCategory: assessment.decided_category,
      reason: assessment.reason,
      decidedBy: staffRef(names, assessment.decided_by),
      decidedAt: assessment.decided_at,
    },
  };
}
