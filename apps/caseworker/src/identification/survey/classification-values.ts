import type {
  ClassificationInputDraft,
  IncomeKind,
  RigidSpendingKind,
  StandardVersion,
} from '@bangfu/domain';
import { fenOf } from '../components/money';

/** The form's shape of the 三算 figures: amounts as yuan text, facts flattened. */
export interface ClassificationValues {
  standardVersion: StandardVersion;
  divisionCode: string;
  year: number;
  householdSize: number;
  incomes?: { kind: IncomeKind; yuan: string }[];
  imputed?: { memberName?: string; months: number }[];
  aidReceived?: { programme: string; yuan: string; countsAsIncome?: boolean }[];
  rigidSpending?: { kind: RigidSpendingKind; yuan: string }[];
  /** 2016-standard facts; sent only when that standard applies. */
  monthsBelowLine?: number;
  receivesGovernmentDibao?: boolean;
  investmentAssetsYuan?: string;
  savingsYuan?: string;
  suddenEvent?: boolean;
  accidentCostYuan?: string;
  homesOwned?: number;
  ownsShopOrEmploys?: boolean;
  highFeePrivateSchool?: boolean;
  usesMotorVehicle?: boolean;
  ableBodiedRefusesWork?: boolean;
}

export function initialClassification(h: {
  standardVersion: StandardVersion;
  divisionCode: string;
  householdSize: number;
  year: number;
}): ClassificationValues {
  return {
    ...h,
    incomes: [],
    imputed: [],
    aidReceived: [],
    rigidSpending: [],
    homesOwned: 0,
    monthsBelowLine: 0,
  };
}

/** The figures as ClassificationInputSchema wants them (fen, nested facts). */
export function toClassificationInput(v: ClassificationValues | undefined): ClassificationInputDraft {
  const input = {
    standardVersion: v?.standardVersion,
    divisionCode: v?.divisionCode,
    year: v?.year,
    householdSize: v?.householdSize,
    incomes: (v?.incomes ?? []).map((i) => ({ kind: i.kind, annualFen: fenOf(i.yuan) })),
    imputed: (v?.imputed ?? []).map((m) => ({
      memberName: m.memberName?.trim() || undefined,
      months: m.months,
    })),
    gen1: v?.standardVersion === 'ACFTU_2016' ? gen1Of(v) : undefined,
    aidReceived: (v?.aidReceived ?? []).map((a) => ({
      programme: a.programme,
      annualFen: fenOf(a.yuan),
      countsAsIncome: !!a.countsAsIncome,
    })),
    rigidSpending: (v?.rigidSpending ?? []).map((r) => ({ kind: r.kind, annualFen: fenOf(r.yuan) })),
    accident: { suddenEvent: !!v?.suddenEvent, accidentCostFen: fenOf(v?.accidentCostYuan) },
    exclusionFacts: {
      homesOwned: v?.homesOwned ?? 0,
      ownsShopOrEmploys: !!v?.ownsShopOrEmploys,
      highFeePrivateSchool: !!v?.highFeePrivateSchool,
      usesMotorVehicle: !!v?.usesMotorVehicle,
      ableBodiedRefusesWork: !!v?.ableBodiedRefusesWork,
    },
  };
  // Unparseable amounts stay text so the schema refuses them on their field.
  return input as ClassificationInputDraft;
}

/** The 2016 facts as the schema wants them; left out (defaults) under the 2020 standard. */
function gen1Of(v: ClassificationValues) {
  return {
    monthsBelowLine: v.monthsBelowLine ?? 0,
    receivesGovernmentDibao: !!v.receivesGovernmentDibao,
    investmentAssetsFen: fenOf(v.investmentAssetsYuan),
    savingsFen: fenOf(v.savingsYuan),
  };
}
