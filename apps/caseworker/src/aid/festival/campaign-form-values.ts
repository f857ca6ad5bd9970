import { type Festival, type FundingSource, HardshipCategory, type HouseholdStatus } from '@bangfu/domain';
import type { DraftProblem, PathOf } from '../components/use-aid-form';
import { yuanTextToFen } from '../components/yuan';

/** The campaign form as antd holds it: one yuan text per hardship category. */
export interface CampaignFormValues {
  orgId?: string;
  name?: string;
  festival?: Festival;
  year?: number;
  amountsYuan?: Partial<Record<HardshipCategory, string>>;
  eligibleStatuses?: HouseholdStatus[];
  fundingSource?: FundingSource;
}

/** Form values → festival.create input; each filled-in amount is parsed from its text to fen. */
export function toCampaignInput(
  v: CampaignFormValues,
  moneyMessage: string,
): { draft: unknown; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const amounts: Partial<Record<HardshipCategory, number>> = {};
  for (const category of HardshipCategory.values) {
    const fen = yuanTextToFen(v.amountsYuan?.[category]);
    if (fen === null) problems.push({ name: ['amountsYuan', category], message: moneyMessage });
    else if (fen !== undefined) amounts[category] = fen;
  }
  return {
    draft: {
      orgId: v.orgId,
      name: v.name,
      festival: v.festival,
      year: v.year,
      amounts,
      eligibleStatuses: v.eligibleStatuses,
      fundingSource: v.fundingSource,
    },
    problems,
  };
}

const TOP = new Set(['orgId', 'name', 'festival', 'year', 'eligibleStatuses', 'fundingSource']);

export const campaignPathOf: PathOf = (path) => {
  const [first, second] = path;
  if (first === 'amounts') return typeof second === 'string' ? ['amountsYuan', second] : null;
  return typeof first === 'string' && TOP.has(first) ? [first] : null;
};
