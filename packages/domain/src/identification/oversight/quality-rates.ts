import type { SpotCheckOutcome } from './spot-check-sample';

export interface SpotCheckRow {
  orgId: string;
  outcome: SpotCheckOutcome;
  /** The household held a file when checked (or when it exited). */
  wasFiled: boolean;
  wasExited: boolean;
}

/** An exact rate; permille is rounded half up for display, null when nothing was checked. */
export interface Rate {
  numerator: number;
  denominator: number;
  permille: number | null;
}

export interface QualityFigures {
  checked: number;
  checkedFiled: number;
  checkedNotFiled: number;
  checkedExited: number;
  /** 错评率: wrongly included ÷ checked filed. */
  wronglyIncluded: Rate;
  /** 漏评率: wrongly left out ÷ checked not filed (rejected or referred). */
  wronglyLeftOut: Rate;
  /** 错退率: wrongly exited ÷ checked exited. */
  wronglyExited: Rate;
  /** 漏退率: missed exits ÷ checked filed. */
  missedExit: Rate;
  /** Outcomes that cannot happen in the row's group (e.g. 错退 of a never-filed household). */
  inconsistent: number;
}

export interface QualityReport {
  byOrg: Record<string, QualityFigures>;
  total: QualityFigures;
}

function rate(numerator: number, denominator: number): Rate {
  const permille =
    denominator === 0 ? null : Math.floor((numerator * 2000 + denominator) / (2 * denominator));
  return { numerator, denominator, permille };
}

type Group = 'EXITED' | 'FILED' | 'NOT_FILED';
const groupOf = (r: SpotCheckRow): Group => (r.wasExited ? 'EXITED' : r.wasFiled ? 'FILED' : 'NOT_FILED');
const ALLOWED: Readonly<Record<Group, readonly SpotCheckOutcome[]>> = {
  FILED: ['CORRECT', 'WRONGLY_INCLUDED', 'MISSED_EXIT'],
  NOT_FILED: ['CORRECT', 'WRONGLY_LEFT_OUT'],
  EXITED: ['CORRECT', 'WRONGLY_EXITED'],
};

function figuresOf(rows: readonly SpotCheckRow[]): QualityFigures {
  const inGroup = (g: Group) => rows.filter((r) => groupOf(r) === g);
  const count = (list: readonly SpotCheckRow[], o: SpotCheckOutcome) =>
    list.filter((r) => r.outcome === o).length;
  const filed = inGroup('FILED');
  const notFiled = inGroup('NOT_FILED');
  const exited = inGroup('EXITED');
  return {
    checked: rows.length,
    checkedFiled: filed.length,
    checkedNotFiled: notFiled.length,
    checkedExited: exited.length,
    wronglyIncluded: rate(count(filed, 'WRONGLY_INCLUDED'), filed.length),
    wronglyLeftOut: rate(count(notFiled, 'WRONGLY_LEFT_OUT'), notFiled.length),
    wronglyExited: rate(count(exited, 'WRONGLY_EXITED'), exited.length),
    missedExit: rate(count(filed, 'MISSED_EXIT'), filed.length),
    inconsistent: rows.filter((r) => !ALLOWED[groupOf(r)].includes(r.outcome)).length,
  };
}

/** 错评率, 漏评率, 错退率, 漏退率 per org and in total (brief §3.3), as exact fractions. */
export function qualityRates(rows: readonly SpotCheckRow[]): QualityReport {
  const byOrgRows = new Map<string, SpotCheckRow[]>();
  for (const row of rows) byOrgRows.set(row.orgId, [...(byOrgRows.get(row.orgId) ?? []), row]);
  const byOrg: Record<string, QualityFigures> = {};
  for (const orgId of [...byOrgRows.keys()].sort()) byOrg[orgId] = figuresOf(byOrgRows.get(orgId) ?? []);
  return { byOrg, total: figuresOf(rows) };
}
