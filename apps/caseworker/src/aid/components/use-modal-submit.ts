import { useLang } from '@bangfu/client';
import { App } from 'antd';
import { useState } from 'react';
import { issueMessage } from '../../households/form/form-errors';
import { useT } from '../../i18n/use-t';
import { type AidMessageKey, useAidT } from '../i18n/use-aid-t';
import type { ParsingSchema } from './use-aid-form';

/**
 * Checks a small modal's values against the server's schema, then runs the mutation; shows the
 * first problem inline, and a success message before closing.
 */
export function useAidModalSubmit<T>(schema: ParsingSchema<T>, successKey: AidMessageKey) {
  const t = useAidT();
  const tc = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (
    values: unknown,
    mutate: (input: T, opts: { onSuccess: () => void }) => void,
    close: () => void,
  ) => {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setProblem(issue ? issueMessage(issue, lang, tc) : tc('zod.invalid'));
      return;
    }
    setProblem(null);
    mutate(parsed.data, {
      onSuccess: () => {
        message.success(t(successKey));
        close();
      },
    });
  };
  return { problem, submit };
}
