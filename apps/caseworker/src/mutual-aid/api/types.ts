import type { RouterInputs, RouterOutputs } from '@bangfu/client';

type Out = RouterOutputs['mutualAid'];
type In = RouterInputs['mutualAid'];
type ClaimsOut = RouterOutputs['claims'];
type ClaimsIn = RouterInputs['claims'];

/** Wire shapes of the mutualAid and claims procedures, read off `AppRouter`. */
export type Scheme = Out['schemes']['list'][number];
export type SchemeBody = Scheme['body'];
export type Plan = SchemeBody['plans'][number];
export type Unit = Out['units']['list']['items'][number];
export type UnitInput = In['units']['create'];
export type Enrolment = Out['enrolments']['list']['items'][number];
export type EnrolInput = In['enrol'];
export type EnrolResult = Out['enrol'];
export type ImportReport = Out['importEnrolments'];
export type ImportInput = In['importEnrolments'];
export type FundAccounts = Out['fund']['accounts'];
export type PayerPaymentInput = In['fund']['recordPayerPayment'];
export type PharmacyAccount = Out['pharmacy']['accounts'][number];
export type TopUpInput = In['pharmacy']['topUp'];
export type PurchaseInput = In['pharmacy']['purchase'];

export type ClaimSummary = ClaimsOut['list']['items'][number];
export type ClaimDetail = ClaimsOut['get'];
export type ClaimSubmitInput = ClaimsIn['submit'];
export type ClaimListInput = ClaimsIn['list'];
export type FundStatistics = ClaimsOut['fund']['statistics'];
export type FundStatisticsInput = ClaimsIn['fund']['statistics'];
export type WhatIfInput = ClaimsIn['whatIf'];
export type WhatIfResult = ClaimsOut['whatIf'];
