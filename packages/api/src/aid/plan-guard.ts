import type { Database } from '@bangfu/db';
import {
  type AidMeasureKind,
  DomainError,
  MEASURE_PROGRAMME,
  type PaymentRequest,
  PLAN_EXEMPT_PROGRAMMES,
} from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { fieldError } from './aid-errors';
import type { AidHousehold } from './lock-household';

/** No aid before the worker signed the plan (毕节); the measure must be one of that plan's. */
export async function assertPlanAndMeasure(
  trx: Transaction<Database>,
  household: AidHousehold,
  input: PaymentRequest,
) {
  const plan = await trx
    .selectFrom('aid_plan')
    .select('id')
    .where('household_id', '=', household.id)
    .where('status', '=', 'SIGNED')
    .executeTakeFirst();
  const exempt = PLAN_EXEMPT_PROGRAMMES.includes(input.programme);
  if (!plan && !exempt) {
    throw new DomainError('PLAN_NOT_SIGNED', {
      zh: '帮扶计划未经职工本人签字确认,不能发放帮扶',
      en: 'No aid before the worker has signed the aid plan',
    });
  }
  if (!input.measureId) return plan?.id ?? null;
  const measure = plan
    ? await trx
        .selectFrom('aid_plan_measure')
        .select('kind')
        .where('id', '=', input.measureId)
        .where('plan_id', '=', plan.id)
        .executeTakeFirst()
    : undefined;
  if (!measure)
    throw fieldError('measureId', '该措施不属于已签字的帮扶计划', 'The measure is not in the signed plan');
  if (MEASURE_PROGRAMME[measure.kind as AidMeasureKind] !== input.programme) {
    throw fieldError(
      'programme',
      '帮扶项目与计划措施不一致',
      "The programme does not match the measure's kind",
    );
  }
  return plan?.id ?? null;
}
