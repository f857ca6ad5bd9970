import { z } from 'zod';
import { MutualAidPlanSchema, type MutualAidScheme, MutualAidSchemeSchema } from '../scheme/scheme-schema';

/** Plan parameters a what-if may change; code, name, type and contribution stay as they are. */
export const PlanParameterChangeSchema = MutualAidPlanSchema.omit({
  code: true,
  name: true,
  type: true,
  contribution: true,
}).partial();
export type PlanParameterChange = z.infer<typeof PlanParameterChangeSchema>;

export const WhatIfSchema = z.object({
  schemeId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  changes: z
    .array(z.object({ planCode: z.string().trim().min(1).max(40), set: PlanParameterChangeSchema }))
    .min(1)
    .max(50),
});
export type WhatIfInput = z.infer<typeof WhatIfSchema>;

/**
 * The scheme with the what-if's changes laid over its plans (each changed field replaced whole).
 * Null with the unknown plan codes, or the schema issues, when the result is not a valid scheme.
 */
export function applyPlanChanges(
  scheme: MutualAidScheme,
  changes: WhatIfInput['changes'],
): { ok: true; scheme: MutualAidScheme } | { ok: false; errors: Record<string, string[]> } {
  const known = new Set(scheme.plans.map((p) => p.code));
  const unknown = changes.filter((c) => !known.has(c.planCode));
  if (unknown.length > 0) {
    return {
      ok: false,
      errors: Object.fromEntries(
        unknown.map((c) => [`changes.${c.planCode}`, [`方案中没有计划${c.planCode} / no such plan`]]),
      ),
    };
  }
  const plans = scheme.plans.map((plan) =>
    Object.assign({}, plan, ...changes.filter((c) => c.planCode === plan.code).map((c) => c.set)),
  );
  const parsed = MutualAidSchemeSchema.safeParse({ ...scheme, plans });
  if (parsed.success) return { ok: true, scheme: parsed.data };
  return {
    ok: false,
    errors: Object.fromEntries(parsed.error.issues.map((i) => [`changes.${i.path.join('.')}`, [i.message]])),
  };
}
