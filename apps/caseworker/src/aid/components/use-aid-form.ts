import { fieldErrors, type Lang, useLang } from '@bangfu/client';
import { App, Form, type FormInstance } from 'antd';
import { useState } from 'react';
import type { ParsingSchema } from '../../components/use-modal-submit';
import { type FormErrors, issueMessage } from '../../households/form/form-errors';
import { useT } from '../../i18n/use-t';

/** Schema path → form path (e.g. ['measures', 0, 'plannedAmountFen'] → […, 'plannedAmountYuan']); null = general. */
export type PathOf = (path: readonly PropertyKey[]) => (string | number)[] | null;

/** A problem found while turning form values into the schema's input (e.g. an amount that is not 元). */
export interface DraftProblem {
  name: (string | number)[];
  message: string;
}

type Entry = [(string | number)[] | null, string];

const numeric = (path: readonly PropertyKey[]): (string | number)[] =>
  path.map((p) => (typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : String(p)));

/** Messages by form path (the first per path wins); those with no field become general ones. */
function collect(entries: readonly Entry[]): FormErrors {
  const fields = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const general: string[] = [];
  for (const [name, message] of entries) {
    if (!name) {
      if (!general.includes(message)) general.push(message);
    } else if (!fields.has(JSON.stringify(name)))
      fields.set(JSON.stringify(name), { name, errors: [message] });
  }
  return { fields: [...fields.values()], general };
}

/**
 * A form checked with the same domain schema the server applies, nested paths included: every
 * problem goes onto its field (lists too), and after a refused save the server's field errors do.
 */
export function useAidForm<V, Out>(opts: {
  schema: ParsingSchema<Out>;
  toDraft: (values: V, lang: Lang) => { draft: unknown; problems: DraftProblem[] };
  pathOf: PathOf;
  onValid: (data: Out) => Promise<unknown>;
}): { form: FormInstance<V>; general: string[]; submit: () => Promise<void> } {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [general, setGeneral] = useState<string[]>([]);
  const show = (errors: FormErrors) => {
    form.setFields(errors.fields as Parameters<typeof form.setFields>[0]);
    setGeneral(errors.general);
    message.error(t('fixErrors'));
  };
  const submit = async () => {
    const { draft, problems } = opts.toDraft(form.getFieldsValue(true) as V, lang);
    const parsed = opts.schema.safeParse(draft);
    if (!parsed.success || problems.length > 0) {
      const issues = parsed.success ? [] : parsed.error.issues;
      return show(
        collect([
          ...problems.map((p): Entry => [p.name, p.message]),
          ...issues.map((i): Entry => [opts.pathOf(numeric(i.path)), issueMessage(i, lang, t)]),
        ]),
      );
    }
    setGeneral([]);
    try {
      await opts.onValid(parsed.data);
    } catch (err) {
      const entries = Object.entries(fieldErrors(err, lang)).flatMap(([path, msgs]) =>
        msgs.map((m): Entry => [opts.pathOf(numeric(path.split('.'))), m]),
      );
      if (entries.length > 0) show(collect(entries));
    }
  };
  return { form, general, submit };
}
