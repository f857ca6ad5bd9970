import { fieldErrors, useLang } from '@bangfu/client';
import { App, Form, type FormInstance } from 'antd';
import { useState } from 'react';
import { type IssueLike, issueMessage } from '../../households/form/form-errors';
import { useT } from '../../i18n/use-t';

/** The part of a domain zod schema we call; structural, so this app needs no zod of its own. */
export interface StepSchema<T> {
  safeParse(
    values: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
}

interface StepFormOptions<V, T> {
  schema: StepSchema<T>;
  /** Form values → the procedure's input (add ids and versions, convert yuan to fen). */
  toInput: (values: V) => unknown;
  run: (input: T) => Promise<unknown>;
  /** Top-level names of the fields on screen; other problems show above the button. */
  fields: readonly string[];
  /** Schema path → form path where the form names a field differently (amountFen → amountYuan). */
  rename?: Readonly<Record<string, string>>;
  onDone?: () => void;
}

export interface StepForm<V> {
  form: FormInstance<V>;
  /** Problems that belong to no field on screen. */
  general: string[];
  submit: () => Promise<void>;
}

/**
 * A step's form validated by the same domain schema the server applies: problems land on their
 * fields (by schema path), the rest above the button; after a refusal the server's field errors too.
 */
export function useStepForm<V, T>({
  schema,
  toInput,
  run,
  fields,
  rename = {},
  onDone,
}: StepFormOptions<V, T>): StepForm<V> {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [general, setGeneral] = useState<string[]>([]);
  const fieldName = (path: readonly PropertyKey[]): (string | number)[] =>
    path.map((p, i) => {
      if (typeof p === 'number' || /^\d+$/.test(String(p))) return Number(p);
      return i === path.length - 1 ? (rename[String(p)] ?? String(p)) : String(p);
    });

  const show = (problems: { path: (string | number)[]; message: string }[]) => {
    const onField = problems.filter((p) => fields.includes(String(p.path[0])));
    form.setFields(
      onField.map((p) => ({ name: p.path, errors: [p.message] })) as Parameters<typeof form.setFields>[0],
    );
    setGeneral([...new Set(problems.filter((p) => !onField.includes(p)).map((p) => p.message))]);
  };

  const submit = async () => {
    const parsed = schema.safeParse(toInput(form.getFieldsValue(true) as V));
    if (!parsed.success) {
      show(parsed.error.issues.map((i) => ({ path: fieldName(i.path), message: issueMessage(i, lang, t) })));
      message.error(t('fixErrors'));
      return;
    }
    setGeneral([]);
    try {
      await run(parsed.data);
      message.success(t('saved'));
      onDone?.();
    } catch (err) {
      const byPath = Object.entries(fieldErrors(err, lang));
      if (byPath.length > 0) {
        show(
          byPath.flatMap(([path, ms]) => ms.map((m) => ({ path: fieldName(path.split('.')), message: m }))),
        );
      }
    }
  };
  return { form, general, submit };
}
