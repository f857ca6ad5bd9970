import { useLang } from '@bangfu/client';
import { Tag } from 'antd';
import type { MatchReasonWire } from '../api/types';

/** The reasons of a match as tags, in the user's language. */
export function MatchReasons({ reasons }: { reasons: readonly MatchReasonWire[] }) {
  const { lang } = useLang();
  if (reasons.length === 0) return <>—</>;
  return (
    <>
      {reasons.map((r) => (
        <Tag key={r.code} color="blue" data-testid="match-reason" data-code={r.code}>
          {lang === 'en' ? r.en : r.zh}
        </Tag>
      ))}
    </>
  );
}
