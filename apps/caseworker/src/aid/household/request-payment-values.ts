import type { AidProgramme, FundingSource } from '@bangfu/domain';
import type { Dayjs } from 'dayjs';
import type { DraftProblem, PathOf } from '../components/use-aid-form';
import { yuanTextToFen } from '../components/yuan';

/** The request form as antd holds it: amounts as the yuan text typed, the date as a Dayjs. */
export interface RequestPaymentValues {
  programme?: AidProgramme;
  measureId?: string;
  amountYuan?: string;
  selfPaidYuan?: string;
  fundingSource?: FundingSource;
  paidOn?: Dayjs | null;
  note?: string;
}

/** Form values → payments.request input; yuan text becomes integer fen by string parsing only. */
export function toRequestInput(
  v: RequestPaymentValues,
  ids: { householdId: string; idempotencyKey: string },
  moneyMessage: string,
): { draft: unknown; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const amountFen = yuanTextToFen(v.amountYuan);
  if (amountFen === null) problems.push({ name: ['amountYuan'], message: moneyMessage });
  const selfPaidFen = v.programme === 'MEDICAL' ? yuanTextToFen(v.selfPaidYuan) : undefined;
  if (selfPaidFen === null) problems.push({ name: ['selfPaidYuan'], message: moneyMessage });
  return {
    draft: {
      ...ids,
      measureId: v.measureId ?? null,
      programme: v.programme,
      amountFen: amountFen ?? undefined,
      fundingSource: v.fundingSource,
      paidOn: v.paidOn ? v.paidOn.format('YYYY-MM-DD') : null,
      selfPaidFen: selfPaidFen ?? null,
      note: v.note ?? '',
    },
    problems,
  };
}

const RENAMED: Record<string, string> = { amountFen: 'amountYuan', selfPaidFen: 'selfPaidYuan' };
const SHOWN = new Set([
  'programme',
  'measureId',
  'amountYuan',
  'selfPaidYuan',
  'fundingSource',
  'paidOn',
  'note',
]);

export const requestPathOf: PathOf = (path) => {
  const first = path[0];
  if (typeof first !== 'string') return null;
  const name = RENAMED[first] ?? first;
  return SHOWN.has(name) ? [name] : null;
};
