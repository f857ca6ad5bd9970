import type { Count, ReportRegionRow, ReportRow } from '@bangfu/domain';
import { useReportT } from './i18n/use-report-t';

interface ShareTableProps {
  head: string;
  rows: ReportRow[];
  label: (key: string) => string;
  testId: string;
  /** The 合计 row (100%); left out where rows need not add up to the whole. */
  total?: Count;
}

/** Households, people and share per key, as the 2016 report's tables lay them out. */
export function ShareTable({ head, rows, label, testId, total }: ShareTableProps) {
  const t = useReportT();
  return (
    <table className="report-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{head}</th>
          <th>{t('rep.col.households')}</th>
          <th>{t('rep.col.people')}</th>
          <th>{t('rep.col.share')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-testid={`${testId}-row`} data-key={r.key}>
            <td>{label(r.key)}</td>
            <td className="num">{r.households}</td>
            <td className="num">{r.people}</td>
            <td className="num" data-testid={`${testId}-share`}>
              {r.share}
            </td>
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr className="report-strong" data-testid={`${testId}-total`}>
            <td>{t('rep.col.total')}</td>
            <td className="num">{total.households}</td>
            <td className="num">{total.people}</td>
            <td className="num">100.00</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/** Prefectures in bold with their counties beneath. */
export function RegionTable({ rows, label }: { rows: ReportRegionRow[]; label: (key: string) => string }) {
  const t = useReportT();
  return (
    <table className="report-table" data-testid="report-region">
      <thead>
        <tr>
          <th>{t('rep.col.prefecture')}</th>
          <th>{t('rep.col.county')}</th>
          <th>{t('rep.col.households')}</th>
          <th>{t('rep.col.people')}</th>
          <th>{t('rep.col.share')}</th>
        </tr>
      </thead>
      {rows.map((p) => (
        <tbody key={p.key}>
          <tr className="report-strong" data-testid="report-region-row" data-key={p.key}>
            <td colSpan={2}>{label(p.key)}</td>
            <td className="num">{p.households}</td>
            <td className="num">{p.people}</td>
            <td className="num">{p.share}</td>
          </tr>
          {p.counties.map((c) => (
            <tr key={c.key} data-testid="report-county-row" data-key={c.key}>
              <td />
              <td>{label(c.key)}</td>
              <td className="num">{c.households}</td>
              <td className="num">{c.people}</td>
              <td className="num">{c.share}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

interface CrossTableProps {
  rows: { cause: string; byCategory: Record<string, number> }[];
  categories: readonly string[];
  causeLabel: (key: string) => string;
  categoryLabel: (key: string) => string;
}

/** Households by main cause (rows) and category (columns), with row totals. */
export function CauseCategoryTable({ rows, categories, causeLabel, categoryLabel }: CrossTableProps) {
  const t = useReportT();
  const sum = (r: Record<string, number>) => categories.reduce((s, c) => s + (r[c] ?? 0), 0);
  return (
    <table className="report-table" data-testid="report-cause-category">
      <thead>
        <tr>
          <th>{t('rep.col.cause')}</th>
          {categories.map((c) => (
            <th key={c}>{categoryLabel(c)}</th>
          ))}
          <th>{t('rep.col.total')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.cause} data-key={r.cause}>
            <td>{causeLabel(r.cause)}</td>
            {categories.map((c) => (
              <td key={c} className="num">
                {r.byCategory[c] ?? 0}
              </td>
            ))}
            <td className="num">{sum(r.byCategory)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
