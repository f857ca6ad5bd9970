import { formatFen, labelIn, useLang } from '@bangfu/client';
import { formatPermille } from '@bangfu/domain';
import { Table } from 'antd';
import type { ClaimDetail } from '../api/types';
import { useMaT } from '../i18n/use-ma-t';

type Step = ClaimDetail['steps'][number];

/** The adjudication as the rules ran it: each step with its amount, rate and why. */
export function ClaimSteps({ steps }: { steps: Step[] }) {
  const t = useMaT();
  const { lang } = useLang();
  return (
    <Table<Step>
      size="small"
      pagination={false}
      rowKey={(s, i) => `${s.code}-${i}`}
      dataSource={steps}
      data-testid="ma-claim-steps"
      onRow={(s) => ({ 'data-testid': 'ma-claim-step', 'data-code': s.code }) as object}
      columns={[
        { title: t('ma.claim.step'), render: (_, s) => labelIn(s.label, lang) },
        {
          title: t('ma.claim.amount'),
          align: 'right',
          render: (_, s) => (s.amountFen === undefined ? '' : formatFen(s.amountFen)),
        },
        {
          title: t('ma.claim.rate'),
          align: 'right',
          render: (_, s) => (s.ratePermille === undefined ? '' : formatPermille(s.ratePermille)),
        },
        { title: t('ma.claim.note'), render: (_, s) => (s.note ? labelIn(s.note, lang) : '') },
      ]}
    />
  );
}
