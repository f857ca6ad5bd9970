import { formatFen, labelIn, useLang } from '@bangfu/client';
import {
  ClaimBase,
  ContributionAppliesTo,
  formatPermille,
  MutualAidPlanType,
  PayerKind,
} from '@bangfu/domain';
import { Card, Descriptions, Table, Tag } from 'antd';
import type { Plan } from '../api/types';
import { useMaT } from '../i18n/use-ma-t';

/** One plan of a scheme in readable form: who pays what, how long, how much it pays and when not. */
export function PlanCard({ plan }: { plan: Plan }) {
  const t = useMaT();
  const { lang } = useLang();
  const l = (label: { zh: string; en: string }) => labelIn(label, lang);
  const e = plan.eligibility;
  const eligibility = [
    e.inServiceOnly && t('ma.plan.inService'),
    e.unionMemberRequired && t('ma.plan.unionMember'),
    e.sex && (e.sex === 'FEMALE' ? '♀' : '♂'),
    (e.ageMin !== undefined || e.ageMax !== undefined) &&
      t('ma.plan.age', { min: e.ageMin ?? 0, max: e.ageMax ?? '—' }),
    e.groupMinSharePermille !== undefined &&
      t('ma.plan.group', {
        share: formatPermille(e.groupMinSharePermille),
        n: e.groupAllIfStaffBelow ?? '—',
      }),
  ].filter(Boolean);
  const items = [
    {
      key: 'contribution',
      label: t('ma.plan.contribution'),
      children: (
        <span data-testid="ma-plan-contribution">
          {formatFen(plan.contribution.totalFen)}:
          {plan.contribution.split.map((s) => (
            <Tag key={`${s.payer}-${s.appliesTo}`} style={{ marginInlineStart: 4 }}>
              {l(PayerKind.labels[s.payer])} {formatFen(s.fen)}
              {s.appliesTo !== 'ALL' && `(${l(ContributionAppliesTo.labels[s.appliesTo])})`}
            </Tag>
          ))}
        </span>
      ),
    },
    {
      key: 'term',
      label: t('ma.plan.term', { n: plan.termMonths }),
      children: [
        plan.fixedStartDate && t('ma.plan.start', { date: plan.fixedStartDate }),
        t('ma.plan.waiting', { first: plan.waitingDaysFirstEnrolment, renew: plan.waitingDaysRenewal }),
        t('ma.plan.window', { n: plan.claimWindowDays }),
      ]
        .filter(Boolean)
        .join(';'),
    },
    { key: 'base', label: t('ma.plan.base'), children: l(ClaimBase.labels[plan.base]) },
    (plan.deductible.perStayFen !== undefined || plan.deductible.perYearFen !== undefined) && {
      key: 'deductible',
      label: t('ma.plan.deductible'),
      children: [
        plan.deductible.perStayFen !== undefined &&
          t('ma.plan.perStay', { amount: formatFen(plan.deductible.perStayFen) }),
        plan.deductible.perYearFen !== undefined &&
          t('ma.plan.perYear', { amount: formatFen(plan.deductible.perYearFen) }),
      ]
        .filter(Boolean)
        .join(';'),
    },
    (plan.capPerClaimFen !== undefined || plan.capPerTermFen !== undefined) && {
      key: 'caps',
      label: t('ma.plan.caps'),
      children: [
        plan.capPerClaimFen !== undefined &&
          t('ma.plan.capClaim', { amount: formatFen(plan.capPerClaimFen) }),
        plan.capPerTermFen !== undefined && t('ma.plan.capTerm', { amount: formatFen(plan.capPerTermFen) }),
      ]
        .filter(Boolean)
        .join(';'),
    },
    plan.dailyAllowanceFen !== undefined && {
      key: 'daily',
      label: t('ma.plan.daily', { amount: formatFen(plan.dailyAllowanceFen) }),
      children: formatFen(plan.dailyAllowanceFen),
    },
    ...plan.lumpSums.map((s, i) => ({
      key: `lump-${i}`,
      label: s.name ? l(s.name) : t('ma.plan.lumpSums'),
      children: t('ma.plan.lumpSum', { codes: s.icd10Prefixes.join('、'), amount: formatFen(s.fen) }),
    })),
    { key: 'eligibility', label: t('ma.plan.eligibility'), children: eligibility.join(';') || '—' },
    plan.offsetsOtherUnionAid && {
      key: 'offsets',
      label: t('ma.plan.exclusions'),
      children: t('ma.plan.offsets'),
    },
  ].filter((i): i is Exclude<typeof i, false | undefined> => Boolean(i));
  return (
    <Card
      size="small"
      title={`${l(plan.name)}(${plan.code})`}
      extra={<Tag color="blue">{l(MutualAidPlanType.labels[plan.type])}</Tag>}
      data-testid="ma-plan"
      data-plan={plan.code}
    >
      <Descriptions size="small" column={1} items={items} />
      {plan.bands.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="fromFen"
          style={{ marginTop: 8 }}
          dataSource={plan.bands}
          data-testid="ma-plan-bands"
          columns={[
            {
              title: t('ma.plan.bands'),
              render: (_, b) =>
                b.toFen === null
                  ? `${formatFen(b.fromFen)} ${t('ma.plan.noLimit')}`
                  : t('ma.plan.band', { from: formatFen(b.fromFen), to: formatFen(b.toFen) }),
            },
            { title: t('ma.plan.rate'), render: (_, b) => formatPermille(b.ratePermille) },
            {
              title: t('ma.plan.rateHardship'),
              render: (_, b) =>
                b.ratePermilleHardship === undefined ? '—' : formatPermille(b.ratePermilleHardship),
            },
          ]}
        />
      )}
    </Card>
  );
}
