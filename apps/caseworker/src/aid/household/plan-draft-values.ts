import { fenToYuanInput } from '@bangfu/client';
import type { AidMeasureKind, AidMeasureStatus, HardshipCause } from '@bangfu/domain';
import dayjs, { type Dayjs } from 'dayjs';
import type { AidPlan } from '../api/types';
import type { DraftProblem, PathOf } from '../components/use-aid-form';
import { yuanTextToFen } from '../components/yuan';

/** One measure as the form holds it: the date as a Dayjs, the amount as the yuan text typed. */
export interface MeasureValues {
  kind?: AidMeasureKind;
  cause?: HardshipCause;
  description?: string;
  targetDate?: Dayjs | null;
  status?: AidMeasureStatus;
  plannedAmountYuan?: string;
}

export interface PlanDraftValues {
  responsibleCadreId?: string;
  plannedExitYear?: number;
  measures: MeasureValues[];
}

/** The form's starting point: the draft being edited, else a copy of the plan in force, else one blank measure. */
export function initialDraftValues(
  base: AidPlan | null,
  me: { id: string },
  mainCause: HardshipCause,
  thisYear: number,
): PlanDraftValues {
  if (!base) {
    return {
      responsibleCadreId: me.id,
      plannedExitYear: thisYear + 1,
      measures: [{ cause: mainCause, status: 'PLANNED' }],
    };
  }
  return {
    responsibleCadreId: base.responsibleCadreId,
    plannedExitYear: base.plannedExitYear,
    measures: base.measures.map((m) => ({
      kind: m.kind,
      cause: m.cause,
      description: m.description,
      targetDate: m.targetDate ? dayjs(m.targetDate) : null,
      status: m.status,
      plannedAmountYuan: fenToYuanInput(m.plannedAmountFen),
    })),
  };
}

/** Form values → the saveDraft input (amounts parsed from their text to fen, exactly). */
export function toDraftInput(
  v: PlanDraftValues,
  householdId: string,
  expectedVersion: number | undefined,
  moneyMessage: string,
): { draft: unknown; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const measures = (v.measures ?? []).map((m, i) => {
    const fen = yuanTextToFen(m.plannedAmountYuan);
    if (fen === null) problems.push({ name: ['measures', i, 'plannedAmountYuan'], message: moneyMessage });
    return {
      kind: m.kind,
      cause: m.cause,
      description: m.description ?? '',
      targetDate: m.targetDate ? m.targetDate.format('YYYY-MM-DD') : null,
      status: m.status ?? 'PLANNED',
      plannedAmountFen: fen ?? null,
    };
  });
  return {
    draft: {
      householdId,
      expectedVersion,
      responsibleCadreId: v.responsibleCadreId,
      plannedExitYear: v.plannedExitYear,
      measures,
    },
    problems,
  };
}

const FORM_FIELDS = new Set(['responsibleCadreId', 'plannedExitYear']);
const MEASURE_FIELDS = new Set(['kind', 'cause', 'description', 'targetDate', 'status']);

/** Where a schema problem shows: on the measure's field, on a top field, or above the form. */
export const draftPathOf: PathOf = (path) => {
  const [first, index, field] = path;
  if (first === 'measures' && typeof index === 'number' && typeof field === 'string') {
    if (field === 'plannedAmountFen') return ['measures', index, 'plannedAmountYuan'];
    return MEASURE_FIELDS.has(field) ? ['measures', index, field] : null;
  }
  return typeof first === 'string' && FORM_FIELDS.has(first) ? [first] : null;
};
