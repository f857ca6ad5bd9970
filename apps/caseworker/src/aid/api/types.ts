import type { RouterInputs, RouterOutputs } from '@bangfu/client';

type Out = RouterOutputs['aid'];
type In = RouterInputs['aid'];

/** Wire shapes of the aid, festival and portal-staff procedures, read off `AppRouter`. */
export type HouseholdPlans = Out['plan']['get'];
export type AidPlan = NonNullable<HouseholdPlans['current']>;
export type AidMeasure = AidPlan['measures'][number];
export type SaveDraftInput = In['plan']['saveDraft'];
export type SignOnPaperInput = In['plan']['signOnPaper'];

export type PaymentRequestRow = Out['payments']['list'][number];
export type PaymentRequestInput = In['payments']['request'];
export type RequestedPayment = Out['payments']['request'];
export type PaymentApproveInput = In['payments']['approve'];
export type PaymentListInput = In['payments']['list'];

export type RecoveryRow = Out['recoveries']['list'][number];
export type RecoveryListInput = In['recoveries']['list'];

export type LedgerPage = Out['ledger']['list'];
export type LedgerEntry = LedgerPage['items'][number];
export type LedgerListInput = In['ledger']['list'];
export type LedgerBalances = Out['ledger']['balances'];
export type Balance = LedgerBalances['total'];

export type Campaign = RouterOutputs['festival']['get'];
export type CampaignItem = RouterOutputs['festival']['items']['items'][number];
export type CampaignProgress = RouterOutputs['festival']['progress'];
export type CampaignCreateInput = RouterInputs['festival']['create'];

export type ContactCard = RouterOutputs['portal']['issueCard'];
export type CardHistoryEntry = RouterOutputs['portal']['cardHistory'][number];
export type WorkerRequest = RouterOutputs['portal']['requests'][number];

/** What an export procedure returns: a workbook to save. */
export interface XlsxDownload {
  filename: string;
  mimeType: string;
  contentBase64: string;
}
