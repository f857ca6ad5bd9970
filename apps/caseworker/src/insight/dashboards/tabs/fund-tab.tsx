import { formatFen } from '@bangfu/client';
import { type MutualAidFundDto, PayerKind, type Ratio, type StatsScopeInput } from '@bangfu/domain';
import { useMemo } from 'react';
import { useEnumLabel } from '../../../i18n/use-enum-label';
import { useScopeStats } from '../api/use-stats';
import { EChart } from '../chart/lazy-echart';
import { columnBars } from '../chart/options';
import { ChartPanel } from '../components/chart-panel';
import { FiguresTable } from '../components/figures-table';
import { formatRatio } from '../components/format';
import { NoFigures, QueryBody } from '../components/query-body';
import { StatCards } from '../components/stat-cards';
import { useDashT } from '../i18n/use-dash-t';
import type { DrillTo } from '../use-drill-params';
import { PerChildBars } from './per-child-bars';

type PayerRow = MutualAidFundDto['raisedByPayer'][number] & { key: string };
type FundChild = { raisedFen: number; paidFen: number; lossRatio: Ratio };
const fen = (v: number) => formatFen(v);

/** 医疗互助基金: contributions raised by payer, claims paid, the loss ratio, per unit. */
export function FundTab({ scope, drillTo }: { scope: StatsScopeInput; drillTo: DrillTo }) {
  const fund = useScopeStats('mutualAidFund', scope);
  return (
    <QueryBody query={fund} isEmpty={(d) => d.raisedFen === 0 && d.paidFen === 0 && d.byChild.length === 0}>
      {(data) => <FundContent data={data} drillTo={drillTo} />}
    </QueryBody>
  );
}

function FundContent({ data, drillTo }: { data: MutualAidFundDto; drillTo: DrillTo }) {
  const t = useDashT();
  const label = useEnumLabel();
  const payers: PayerRow[] = data.raisedByPayer.map((p) => ({ ...p, key: p.payer }));
  const option = useMemo(
    () =>
      columnBars(
        payers.map((p) => label(PayerKind, p.payer)),
        [{ name: t('dash.ma.raised'), data: payers.map((p) => p.amountFen) }],
        fen,
      ),
    [payers, label, t],
  );
  const series = useMemo(
    () => [
      { name: t('dash.ma.raised'), value: (v: FundChild) => v.raisedFen },
      { name: t('dash.ma.paid'), value: (v: FundChild) => v.paidFen },
    ],
    [t],
  );
  return (
    <>
      <StatCards
        cards={[
          { key: 'ma-raised', title: t('dash.ma.raised'), value: fen(data.raisedFen) },
          { key: 'ma-paid', title: t('dash.ma.paid'), value: fen(data.paidFen) },
          { key: 'ma-claims', title: t('dash.ma.claims'), value: data.claimsPaid },
          { key: 'ma-loss', title: t('dash.ma.lossRatio'), value: formatRatio(data.lossRatio) },
          { key: 'ma-pharmacy', title: t('dash.ma.pharmacy'), value: fen(data.pharmacyTopUpFen) },
        ]}
      />
      <ChartPanel title={t('dash.ma.byPayer')}>
        {payers.length === 0 ? (
          <NoFigures />
        ) : (
          <>
            <EChart option={option} label={t('dash.ma.byPayer')} height={260} testId="dash-fund-chart" />
            <FiguresTable<PayerRow>
              testId="dash-fund-payer"
              rows={payers}
              columns={[
                { key: 'payer', title: t('dash.ma.payer'), value: (r) => label(PayerKind, r.payer) },
                { key: 'amount', title: t('dash.ma.raised'), value: (r) => fen(r.amountFen), numeric: true },
              ]}
            />
          </>
        )}
      </ChartPanel>
      <PerChildBars<FundChild>
        title={t('dash.ma.byChild')}
        testId="dash-fund-children"
        rows={data.byChild}
        series={series}
        fmt={fen}
        drillTo={drillTo}
        total={{ raisedFen: data.raisedFen, paidFen: data.paidFen, lossRatio: data.lossRatio }}
        columns={[
          { key: 'raised', title: t('dash.ma.raised'), value: (r) => fen(r.values.raisedFen), numeric: true },
          { key: 'paid', title: t('dash.ma.paid'), value: (r) => fen(r.values.paidFen), numeric: true },
          {
            key: 'loss',
            title: t('dash.ma.lossRatio'),
            value: (r) => formatRatio(r.values.lossRatio),
            numeric: true,
          },
        ]}
      />
    </>
  );
}
