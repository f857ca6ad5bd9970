import type { RouterOutputs } from '@bangfu/client';

type Ident = RouterOutputs['identification'];
type Review = RouterOutputs['review'];

/** Wire shapes of the 精准识别 procedures, read off `AppRouter`. */
export type CaseDetail = Ident['caseDetail'];
export type CaseSurvey = NonNullable<CaseDetail['survey']>;
export type CaseAssessment = NonNullable<CaseDetail['assessment']>;
export type Timeline = Ident['timeline'];
export type TimelineStep = Timeline['steps'][number];
export type Responsibility = Timeline['responsibility'];
export type StaffRef = NonNullable<Responsibility['registrar']>;
export type IdentInbox = Ident['inbox'];
export type AttachmentMeta = Ident['listAttachments'][number];
export type ReviewInbox = Review['inbox'];
export type CaseNotice = Review['caseNotices']['notices'][number];
export type CaseObjection = CaseNotice['objections'][number];
export type NoticeListItem = Review['notices']['items'][number];
type Oversight = RouterOutputs['oversight'];
export type SpotCheckSummary = Oversight['spotChecks']['items'][number];
export type Verification = Oversight['verifications'][number];
export type Referral = Oversight['referrals'][number];
