import { useT as useCommonT, useLang } from '@bangfu/client';
import { Typography } from 'antd';
import type { HistoryEntry } from '../../api/types';
import { type CaseworkerMessageKey, caseworkerMessages, useT } from '../../i18n/use-t';
import { formatChangeValue, parseChangeField } from './change-value';
import { expandMemberChanges } from './expand-member-changes';

/** The field-by-field changes of one history entry: "label: before → after". */
export function HistoryChanges({ changes }: { changes: HistoryEntry['changes'] }) {
  const t = useT();
  const common = useCommonT();
  const { lang } = useLang();
  const yesNo: [string, string] = [common('yes'), common('no')];
  const rows = expandMemberChanges(changes);
  if (rows.length === 0) return null;
  const fieldLabel = (field: string) => {
    const { leaf, member } = parseChangeField(field);
    const key = `field.${leaf}`;
    const name = key in caseworkerMessages ? t(key as CaseworkerMessageKey) : leaf;
    return member === null ? name : `${t('historyMember', { n: member })} · ${name}`;
  };
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {rows.map((c) => {
        const { leaf } = parseChangeField(c.field);
        return (
          <li key={`${c.field}:${c.before === null ? '+' : c.after === null ? '-' : '~'}`}>
            <Typography.Text type="secondary">{fieldLabel(c.field)}：</Typography.Text>
            <Typography.Text delete>{formatChangeValue(leaf, c.before, lang, yesNo)}</Typography.Text>
            {' → '}
            <Typography.Text>{formatChangeValue(leaf, c.after, lang, yesNo)}</Typography.Text>
          </li>
        );
      })}
    </ul>
  );
}
