import { useLang } from '@bangfu/client';
import { useState } from 'react';
import type { ParsingSchema } from '../../components/use-modal-submit';
import { issueMessage } from '../../households/form/form-errors';
import { useT } from '../../i18n/use-t';

/**
 * Checks a small form's values against the server's own schema before sending them; the first
 * problem is shown inline (with its field), so nothing obviously wrong reaches the server.
 */
export function useMaSubmit<T>(schema: ParsingSchema<T>) {
  const tc = useT();
  const { lang } = useLang();
  const [problem, setProblem] = useState<string | null>(null);
  const check = (values: unknown): T | null => {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path?.length ? `${issue.path.map(String).join('.')}: ` : '';
      setProblem(issue ? `${field}${issueMessage(issue, lang, tc)}` : tc('zod.invalid'));
      return null;
    }
    setProblem(null);
    return parsed.data;
  };
  return { problem, setProblem, check };
}
