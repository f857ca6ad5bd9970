import { formatFen } from '@bangfu/client';
import { AidProgramme, type AidStatsDto, FundingSource, type StatsScopeInput } from '@bangfu/domain';
import { useMemo } from 'react';
import { useEnumLabel } from '../../../i18n/use-enum-label';
import { useScopeStats } from '../api/use-stats';
import { EChart } from '../chart/lazy-echart';
import { columnBars } from '../chart/options';
import { ChartPanel } from '../components/chart-panel';
import { FiguresTable } from '../components/figures-table';
import { QueryBody } from '../components/query-body';
import { StatCards } from '../components/stat-cards';
import { useDashT } from '../i18n/use-dash-t';
import type { DrillTo } from '../use-drill-params';
import { PerChildBars } from './per-child-bars';

type ProgrammeRow = AidStatsDto['byProgramme'][number] & { key: string };
type AidChild = { amountFen: number; entries: number };
const fen = (v: number) => formatFen(v);

/** 帮扶资金: paid net of recoveries, by programme × funding source, and per unit. */
export function AidTab({ scope, drillTo }: { scope: StatsScopeInput; drillTo: DrillTo }) {
  const aid = useScopeStats('aid', scope);
  return (
    <QueryBody query={aid} isEmpty={(d) => d.payments === 0 && d.byProgramme.length === 0}>
      {(data) => <AidContent data={data} drillTo={drillTo} />}
    </QueryBody>
  );
}

function AidContent({ data, drillTo }: { data: AidStatsDto; drillTo: DrillTo }) {
  const t = useDashT();
  const label = useEnumLabel();
  const rows: ProgrammeRow[] = data.byProgramme.map((r) => ({
    ...r,
    key: `${r.programme}-${r.fundingSource}`,
  }));
  const option = useMemo(() => {
    const programmes = [...new Set(data.byProgramme.map((r) => r.programme))];
    const sources = [...new Set(data.byProgramme.map((r) => r.fundingSource))];
    const amount = (p: string, s: string) =>
      data.byProgramme.find((r) => r.programme === p && r.fundingSource === s)?.amountFen ?? 0;
    return columnBars(
      programmes.map((p) => label(AidProgramme, p)),
      sources.map((s) => ({
        name: label(FundingSource, s),
        stack: 'amount',
        data: programmes.map((p) => amount(p, s)),
      })),
      fen,
    );
  }, [data.byProgramme, label]);
  const series = useMemo(() => [{ name: t('dash.aid.amount'), value: (v: AidChild) => v.amountFen }], [t]);
  return (
    <>
      <StatCards
        cards={[
          { key: 'aid-total', title: t('dash.aid.total'), value: fen(data.totalFen) },
          { key: 'aid-payments', title: t('dash.aid.payments'), value: data.payments },
          { key: 'aid-recovered', title: t('dash.aid.recovered'), value: fen(data.recoveredFen) },
        ]}
      />
      <ChartPanel title={t('dash.aid.byProgramme')}>
        <EChart option={option} label={t('dash.aid.byProgramme')} testId="dash-aid-chart" />
        <FiguresTable<ProgrammeRow>
          testId="dash-aid-programme"
          rows={rows}
          columns={[
            {
              key: 'programme',
              title: t('dash.aid.programme'),
              value: (r) => label(AidProgramme, r.programme),
            },
            {
              key: 'source',
              title: t('dash.aid.source'),
              value: (r) => label(FundingSource, r.fundingSource),
            },
            { key: 'amount', title: t('dash.aid.amount'), value: (r) => fen(r.amountFen), numeric: true },
            { key: 'entries', title: t('dash.aid.entries'), value: (r) => r.entries, numeric: true },
          ]}
        />
      </ChartPanel>
      <PerChildBars<AidChild>
        title={t('dash.aid.byChild')}
        testId="dash-aid-children"
        rows={data.byChild}
        series={series}
        fmt={fen}
        drillTo={drillTo}
        total={{
          amountFen: data.byChild.reduce((s, r) => s + r.values.amountFen, 0),
          entries: data.byChild.reduce((s, r) => s + r.values.entries, 0),
        }}
        columns={[
          {
            key: 'amount',
            title: t('dash.aid.amount'),
            value: (r) => fen(r.values.amountFen),
            numeric: true,
          },
          { key: 'entries', title: t('dash.aid.entries'), value: (r) => r.values.entries, numeric: true },
        ]}
      />
    </>
  );
}
