import { type Lang, localizeBilingual, type Translate } from '@bangfu/client';
import type { caseworkerMessages } from '../../i18n/use-t';

type T = Translate<typeof caseworkerMessages>;

/** The parts of a zod issue we read; structural, so this app needs no zod import of its own. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
}

/** Errors for the form: per field (antd name paths) and for the file as a whole. */
export interface FormErrors {
  fields: { name: (string | number)[]; errors: string[] }[];
  general: string[];
}

/** Schema field names that the form edits under another name. */
const FORM_NAME: Readonly<Record<string, string>> = {
  divisionCode: 'division',
  otherAnnualIncomeFen: 'otherAnnualIncomeYuan',
  monthlyIncomeFen: 'monthlyIncomeYuan',
};

/** Schema path → form path, or null when the problem belongs to no single field. */
export function toFormName(path: readonly PropertyKey[]): (string | number)[] | null {
  const name = path.map((p) => (typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : p)) as (
    | string
    | number
  )[];
  while (typeof name.at(-1) === 'number' && name[0] !== 'members') name.pop();
  const last = name.at(-1);
  if (
    typeof last !== 'string' ||
    last === '_' ||
    (name.length === 1 && ['members', 'bankAccount'].includes(last))
  ) {
    return null;
  }
  name[name.length - 1] = FORM_NAME[last] ?? last;
  return name;
}

/** The domain's own messages are bilingual ('中文 / English'); zod's built-in ones get ours. */
export function issueMessage(issue: IssueLike, lang: Lang, t: T): string {
  if (issue.message.includes(' / ')) return localizeBilingual(issue.message, lang);
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  switch (issue.code) {
    case 'invalid_type':
      return t('zod.required');
    case 'invalid_value':
      return t('zod.choose');
    case 'invalid_format':
      return t('zod.format');
    case 'too_small':
      if (issue.origin === 'string') return min <= 1 ? t('zod.required') : t('zod.tooShort', { min });
      return issue.origin === 'array' ? t('zod.tooFew', { min }) : t('zod.tooSmall', { min });
    case 'too_big':
      if (issue.origin === 'string') return t('zod.tooLong', { max });
      return issue.origin === 'array' ? t('zod.tooMany', { max }) : t('zod.tooBig', { max });
    default:
      return t('zod.invalid');
  }
}

/**
 * Collects messages by form path; the first message for a path wins (ours before zod's). A path
 * whose top-level field the form does not show (e.g. `version`) becomes a general message.
 */
export class FormErrorCollector {
  private readonly byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
  private readonly general: string[] = [];

  constructor(private readonly shownFields: ReadonlySet<string>) {}

  add(path: readonly PropertyKey[], message: string, mapped = false): void {
    const name = mapped ? ([...path] as (string | number)[]) : toFormName(path);
    if (!name || !this.shownFields.has(String(name[0]))) {
      if (!this.general.includes(message)) this.general.push(message);
      return;
    }
    const key = JSON.stringify(name);
    if (!this.byName.has(key)) this.byName.set(key, { name, errors: [message] });
  }

  result(): FormErrors {
    return { fields: [...this.byName.values()], general: this.general };
  }
}
