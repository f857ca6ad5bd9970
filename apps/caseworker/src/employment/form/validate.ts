import type { Lang, Translate } from '@bangfu/client';
import { FormErrorCollector, type FormErrors, issueMessage } from '../../households/form/form-errors';
import type { SafeParser, Validation } from '../../households/form/validate-household';
import type { caseworkerMessages } from '../../i18n/use-t';

type T = Translate<typeof caseworkerMessages>;

/** A problem found while turning form values into the schema's shape (e.g. an amount that is not 元). */
export interface DraftProblem {
  name: string;
  key: 'money' | 'zod.required';
}

/** Schema path → form field name; `null` when the problem belongs to no single field. */
export type FieldOf = (path: readonly PropertyKey[]) => string | null;

/**
 * A field's name as the form edits it. `renamed` maps schema fields to form fields
 * (`salaryMinFen` → `salaryMinYuan`); array items (`skills.2`) land on the array's field.
 */
export function fieldMapper(renamed: Readonly<Record<string, string>>): FieldOf {
  return (path) => {
    const first = path[0];
    if (typeof first !== 'string' || first === '_') return null;
    return renamed[first] ?? first;
  };
}

/**
 * Validates a draft with the same domain schema the server applies, so every problem shows at
 * once and in the user's language; the draft's own problems (bad amounts) come first.
 */
export function validateDraft<Out>(
  schema: SafeParser<Out>,
  draft: Record<string, unknown>,
  problems: readonly DraftProblem[],
  fieldOf: FieldOf,
  shown: ReadonlySet<string>,
  lang: Lang,
  t: T,
): Validation<Out> {
  const result = schema.safeParse(draft);
  if (result.success && problems.length === 0) return { ok: true, data: result.data };
  const errors = new FormErrorCollector(shown);
  for (const p of problems) errors.add([p.name], t(p.key), true);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = fieldOf(issue.path);
      errors.add(name ? [name] : [], issueMessage(issue, lang, t), true);
    }
  }
  return { ok: false, errors: errors.result() };
}

/** The server's field errors (dotted paths) on the same fields. */
export function serverErrors(
  byPath: Record<string, string[]>,
  fieldOf: FieldOf,
  shown: ReadonlySet<string>,
): FormErrors {
  const errors = new FormErrorCollector(shown);
  for (const [path, messages] of Object.entries(byPath)) {
    const name = fieldOf(path.split('.'));
    for (const message of messages) errors.add(name ? [name] : [], message, true);
  }
  return errors.result();
}

/** A blank text box as null, the way the schemas' optional texts want it. */
export const blankToNull = (v: string | undefined | null): string | null => (v?.trim() ? v : null);
