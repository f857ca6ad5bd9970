import { useLang } from '@bangfu/client';
import { App } from 'antd';
import { useState } from 'react';
import { type IssueLike, issueMessage } from '../households/form/form-errors';
import { useT } from '../i18n/use-t';

/** The part of a zod schema we call; structural, so this app needs no zod import of its own. */
export interface ParsingSchema<T> {
  safeParse(values: unknown): { success: true; data: T } | { success: false; error: { issues: IssueLike[] } };
}

/**
 * Checks a modal's values against the same schema the server uses, then runs the mutation; shows
 * the first problem inline, and `successText` before closing.
 */
export function useModalSubmit<T>(schema: ParsingSchema<T>, successText: string) {
  const t = useT();
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
      setProblem(issue ? issueMessage(issue, lang, t) : t('zod.invalid'));
      return;
    }
    setProblem(null);
    mutate(parsed.data, {
      onSuccess: () => {
        message.success(successText);
        close();
      },
    });
  };
  return { problem, setProblem, submit };
}
