import type { Lang, Translate } from '@bangfu/client';
import type { caseworkerMessages } from '../../i18n/use-t';
import { FormErrorCollector, type FormErrors, type IssueLike, issueMessage } from './form-errors';
import type { HouseholdFormValues } from './form-values';
import { toDraft } from './to-draft';

/** What the domain schemas' `safeParse` gives; written structurally to keep zod out of this app. */
export interface SafeParser<Out> {
  safeParse(
    input: unknown,
  ): { success: true; data: Out } | { success: false; error: { issues: readonly IssueLike[] } };
}

export type Validation<Out> = { ok: true; data: Out } | { ok: false; errors: FormErrors };

/**
 * Validates on submit with the same domain schema the server uses (`HouseholdCreateSchema` or
 * `HouseholdUpdateSchema`), so the caseworker sees every problem at once, in their language.
 */
export function validateHousehold<Out>(
  schema: SafeParser<Out>,
  values: HouseholdFormValues,
  extra: Record<string, unknown>,
  shownFields: ReadonlySet<string>,
  lang: Lang,
  t: Translate<typeof caseworkerMessages>,
): Validation<Out> {
  const { draft, problems } = toDraft(values);
  const result = schema.safeParse({ ...draft, ...extra });
  if (result.success && problems.length === 0) return { ok: true, data: result.data };
  const errors = new FormErrorCollector(shownFields);
  for (const p of problems) errors.add(p.path, t(p.key), true);
  if (!result.success)
    for (const issue of result.error.issues) errors.add(issue.path, issueMessage(issue, lang, t));
  return { ok: false, errors: errors.result() };
}

/** Server-side field errors (dotted paths such as 'members.0.idNumber') as form errors. */
export function serverFormErrors(
  byPath: Record<string, string[]>,
  shownFields: ReadonlySet<string>,
): FormErrors {
  const errors = new FormErrorCollector(shownFields);
  for (const [path, messages] of Object.entries(byPath)) {
    for (const message of messages) errors.add(path.split('.'), message);
  }
  return errors.result();
}
