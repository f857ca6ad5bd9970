import { ms } from '../progress';
import type { EndpointResult } from './endpoint-floor';
import type { IdentAidResult } from './measure-ident-aid';

const x = (r: number): string => `${r.toFixed(1)}×`;
const n = (v: number): string => Math.round(v).toLocaleString('en');

function endpointTable(title: string, rows: readonly EndpointResult[]): string[] {
  return [
    title,
    '',
    '| scenario | endpoint | queries (floor) | answer bytes | HTTP p50 | HTTP p95 | SQL p50 | SQL p95 | ratio p50 | ratio p95 |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| (${r.id}) ${r.label} | \`${r.path}\` | ${r.endpointQueries} (${r.floorQueries}) | ${n(r.bodyBytes)} | ` +
        `${ms(r.http.p50)} | ${ms(r.http.p95)} | ${ms(r.sql.p50)} | ${ms(r.sql.p95)} | ` +
        `${x(r.ratio.p50)} | ${x(r.ratio.p95)} |`,
    ),
  ];
}

/** Issues 3–4 as Markdown (pasteable into docs/performance.md). */
export function identAidLines(r: IdentAidResult): string[] {
  const f = r.festival;
  const w = r.walk;
  return [
    ...endpointTable(
      'Identification inboxes (ms; floor = every query the endpoint ran, replayed):',
      r.inboxes,
    ),
    '',
    `送温暖 over the province (${f.scope}): ${n(f.listed)} households, ${n(f.totalFen / 100)} yuan. ` +
      `create ${f.createMs.toFixed(0)} ms; buildList ${f.buildListSeconds.toFixed(2)} s; approve ${f.approveMs.toFixed(0)} ms; ` +
      `pay ${f.paySeconds.toFixed(1)} s = ${n(f.paymentsPerSecond)} payments/s. ` +
      `Floor: one INSERT … SELECT of ${n(f.floorRows)} ledger rows ${f.floorSeconds.toFixed(2)} s ` +
      `(${n(f.floorRowsPerSecond)} rows/s). Ratio pay ÷ floor ${x(f.payRatio)}, buildList ÷ floor ${x(f.buildRatio)}. ` +
      `${f.statementsPerPayment.toFixed(1)} statements per payment. festival.pay answered in ` +
      `${f.payRun.payAnswerMs.toFixed(0)} ms; the longest progress read ${f.payRun.maxPollMs?.toFixed(0) ?? '-'} ms. ` +
      `Checks: ${n(f.ledgerEntries)} ledger entries, ${n(f.recordAidSteps)} RECORD_AID steps.`,
    '',
    ...endpointTable('Ledger balances after the batch (ms; floor = the GROUP BY alone):', r.ledger),
    '',
    `Step walk: ${w.households} households created in ${w.createSeconds.toFixed(1)} s (${w.createsPerSecond.toFixed(0)}/s), ` +
      `walked DRAFT → FILED (${w.stepsPerHousehold} steps each) in ${w.walkSeconds.toFixed(1)} s = ` +
      `${w.stepsPerSecond.toFixed(0)} steps/s; per step p50 ${ms(w.step.p50)} ms, p95 ${ms(w.step.p95)} ms. ` +
      `Checks: ${w.filed} FILED, ${w.stepRows} steps on record.`,
  ];
}
