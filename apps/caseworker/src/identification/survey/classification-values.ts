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
  aidReceived?: { programme: string; yuan: string; countsAsIncome?: boolean }[];
  rigidSpending?: { kind: RigidSpendingKind; yuan: string }[];
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
  return { ...h, incomes: [], aidReceived: [], rigidSpending: [], homesOwned: 0 };
}

/** The figures as ClassificationInputSchema wants them (fen, nested facts). */
export function toClassificationInput(v: ClassificationValues | undefined): ClassificationInputDraft {
  const input = {
    standardVersion: v?.standardVersion,
    divisionCode: v?.divisionCode,
    year: v?.year,
    householdSize: v?.householdSize,
    incomes: (v?.incomes ?? []).map((i) => ({ kind: i.kind, annualFen: fenOf(i.yuan) })),
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
