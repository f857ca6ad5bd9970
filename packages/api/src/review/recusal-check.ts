import type { Database } from '@bangfu/db';
import {
  type DeclarationKind,
  DomainError,
  findRecusalReasons,
  normaliseEmployerName,
  RecusalReason,
} from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { z } from 'zod';

const SurveyPayload = z.object({ surveyorIds: z.array(z.string()) });

export interface RecusedPerson {
  userId: string;
  reasons: RecusalReason[];
}

/** Loads the facts of a case once and checks each person against them (brief §3.2 回避). */
export async function findRecusals(
  trx: Transaction<Database>,
  input: {
    householdId: string;
    employerName: string | null;
    registrarId: string | null;
    personIds: string[];
  },
): Promise<RecusedPerson[]> {
  const personIds = [...new Set(input.personIds)];
  if (personIds.length === 0) return [];
  const members = await trx
    .selectFrom('household_member')
    .select('id_number_bidx')
    .where('household_id', '=', input.householdId)
    .execute();
  const surveys = await trx
    .selectFrom('ident_step')
    .select('payload')
    .where('household_id', '=', input.householdId)
    .where('event', '=', 'START_SURVEY')
    .execute();
  const surveyorIds = surveys.flatMap((s) => SurveyPayload.safeParse(s.payload).data?.surveyorIds ?? []);
  const declarations = await trx
    .selectFrom('staff_declaration')
    .select(['user_id', 'kind', 'id_number_bidx', 'employer_name_norm'])
    .where('user_id', 'in', personIds)
    .where('withdrawn_at', 'is', null)
    .execute();
  const householdEmployerNorm = normaliseEmployerName(input.employerName);
  return personIds
    .map((userId) => ({
      userId,
      reasons: findRecusalReasons({
        personId: userId,
        declarations: declarations
          .filter((d) => d.user_id === userId)
          .map((d) => ({
            kind: d.kind as DeclarationKind,
            idNumberBidx: d.id_number_bidx,
            employerNameNorm: d.employer_name_norm,
          })),
        memberIdBidxs: members.map((m) => m.id_number_bidx),
        householdEmployerNorm,
        surveyorIds,
        registrarId: input.registrarId,
      }),
    }))
    .filter((p) => p.reasons.length > 0);
}

/** Refuses with RECUSAL_REQUIRED when anyone named must step aside; details say who and why. */
export async function assertNoRecusal(
  trx: Transaction<Database>,
  input: Parameters<typeof findRecusals>[1],
): Promise<void> {
  const recused = await findRecusals(trx, input);
  if (recused.length === 0) return;
  const reasons = [...new Set(recused.flatMap((p) => p.reasons))];
  const zh = reasons.map((r) => RecusalReason.label(r, 'zh')).join('、');
  const en = reasons.map((r) => RecusalReason.label(r, 'en')).join('; ');
  throw new DomainError(
    'RECUSAL_REQUIRED',
    { zh: `须回避:${zh}`, en: `Recusal required: ${en}` },
    { reasons, people: recused },
  );
}
