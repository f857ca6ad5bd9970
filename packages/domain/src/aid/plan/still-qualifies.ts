import type { Label } from '../../common/labelled-enum';
import type {
  Classification,
  ClassificationInput,
} from '../../identification/assessment/classification-input';
import { classifyHousehold } from '../../identification/assessment/classify-household';
import type { IdentificationPolicy } from '../../identification/assessment/identification-policy';
import { AidProgramme } from './aid-enums';
import type { AidPolicy } from './aid-policy';

/** Where an amount of this year's aid stands: paid into the ledger, approved or waiting, or asked now. */
export type AidIncomeStage = 'PAID' | 'OPEN' | 'REQUESTED';

export interface AidIncomeLine {
  readonly programme: AidProgramme;
  readonly stage: AidIncomeStage;
  readonly fen: number;
}

export const STILL_QUALIFIES_RULE = {
  code: 'STILL_QUALIFIES',
  label: {
    zh: '叠加已领帮扶后仍须符合认定标准',
    en: "With this year's aid counted as income, the household must still qualify",
  },
} as const satisfies { code: string; label: Label };

/** Whether the AID policy counts a programme's money as household income (brief §2.4). */
export function aidCountsAsIncome(policy: AidPolicy, programme: AidProgramme): boolean {
  return policy.countsAsIncome[programme]?.counts ?? false;
}

const STAGE_LABEL: Readonly<Record<AidIncomeStage, string>> = {
  PAID: '本年已发放',
  OPEN: '本年已批在途',
  REQUESTED: '本次申请',
};

export interface StillQualifiesResult {
  readonly ok: boolean;
  readonly classification: Classification;
  /** Income-counting aid added to the assessed figures, in fen. */
  readonly aidAddedFen: number;
}

/**
 * "AIDED → AIDED: further aid (income recomputed first)" (brief §2.4, §3.2, E5): the household's
 * assessed figures, with this year's income-counting aid and the requested amount added to
 * `aidReceived`, classified again under the policy in force for `year`. Pure.
 */
export function recheckWithAid(
  assessed: ClassificationInput,
  aid: readonly AidIncomeLine[],
  year: number,
  policy: IdentificationPolicy,
): StillQualifiesResult {
  const added = aid.filter((a) => a.fen > 0);
  const input: ClassificationInput = {
    ...assessed,
    year,
    aidReceived: [
      ...assessed.aidReceived,
      ...added.map((a) => ({
        programme: `${AidProgramme.label(a.programme, 'zh')}(${STAGE_LABEL[a.stage]})`,
        annualFen: a.fen,
        countsAsIncome: true,
      })),
    ],
  };
  const classification = classifyHousehold(input, policy);
  return {
    ok: classification.eligible,
    classification,
    aidAddedFen: added.reduce((s, a) => s + a.fen, 0),
  };
}
