import { fieldErrors, useLang } from '@bangfu/client';
import { App, Form, type FormInstance } from 'antd';
import { useState } from 'react';
import type { FormErrors } from '../../households/form/form-errors';
import type { Validation } from '../../households/form/validate-household';
import { useT } from '../../i18n/use-t';
import { type FieldOf, serverErrors } from './validate';

interface SchemaFormOptions<V, Out> {
  validate: (values: V) => Validation<Out>;
  onValid: (data: Out) => Promise<unknown>;
  fieldOf: FieldOf;
  shown: ReadonlySet<string>;
}

export interface SchemaForm<V> {
  form: FormInstance<V>;
  /** Problems that belong to no field on screen. */
  general: string[];
  submit: () => Promise<void>;
}

/**
 * The submit of a form validated by a domain schema: problems go onto their fields (and the first
 * is scrolled to); after a rejected save the server's field errors do too.
 */
export function useSchemaForm<V, Out>({
  validate,
  onValid,
  fieldOf,
  shown,
}: SchemaFormOptions<V, Out>): SchemaForm<V> {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [general, setGeneral] = useState<string[]>([]);

  const show = (errors: FormErrors) => {
    form.setFields(errors.fields as Parameters<typeof form.setFields>[0]);
    setGeneral(errors.general);
    message.error(t('fixErrors'));
    const first = errors.fields[0];
    if (first) form.scrollToField(first.name, { block: 'center' });
  };

  const submit = async () => {
    const result = validate(form.getFieldsValue(true) as V);
    if (!result.ok) return show(result.errors);
    setGeneral([]);
    try {
      await onValid(result.data);
    } catch (err) {
      const byPath = fieldErrors(err, lang);
      if (Object.keys(byPath).length > 0) show(serverErrors(byPath, fieldOf, shown));
    }
  };

  return { form, general, submit };
}
