import { types as pgliteTypes } from '@electric-sql/pglite';
import { TypeOverrides } from 'pg';

/**
 * How values come back from the database — one table, applied to both drivers, so a query returns the
 * same JavaScript values on PGlite and on PostgreSQL. The wire format of the API is plain JSON (money as
 * integer fen, dates as 'YYYY-MM-DD', instants as ISO-8601), so rows are shaped for that here, once,
 * instead of in every query module.
 *
 * Types not listed keep each driver's default. Those defaults agree for text, integers, floats, bool,
 * uuid and numeric (a string on both, so `sum(bigint)` — which is numeric — needs a `::bigint` cast),
 * and differ for bytea (Buffer vs Uint8Array) and interval (object vs string).
 */

/** Built-in type OIDs (pg_type.oid); fixed since PostgreSQL 8 and identical in PGlite. */
export const PgTypeOid = {
  int8: 20,
  json: 114,
  jsonb: 3802,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  int8Array: 1016,
  jsonArray: 199,
  jsonbArray: 3807,
  dateArray: 1182,
  timestampArray: 1115,
  timestamptzArray: 1185,
} as const;

export type TextValueParser = (value: string) => unknown;

/** int8 → number. Money in fen stays far below 2^53; refusing is better than silently rounding. */
export function parseInt8(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) {
    throw new RangeError(
      `int8 value ${value} is beyond Number.MAX_SAFE_INTEGER (${Number.MAX_SAFE_INTEGER}) and cannot be ` +
        'read as a JavaScript number without losing precision; select it as ::text instead',
    );
  }
  return parsed;
}

/** date → the server's own 'YYYY-MM-DD' text: a calendar day has no time zone to get wrong. */
export function parseDate(value: string): string {
  return value;
}

// PostgreSQL's ISO DateStyle output (the default on both drivers), e.g. '2024-05-01 08:30:00.123456+08'
// or '1890-01-01 00:00:00+08:05:43' (historical local-mean-time offsets carry seconds). The 'T' form is
// what timestamps look like inside json/jsonb results, so nested values can be normalised with this too.
const TIMESTAMP_TEXT =
  /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?(?:([+-])(\d\d)(?::(\d\d))?(?::(\d\d))?)?$/;

/**
 * timestamptz / timestamp → ISO-8601 UTC ('2024-05-01T00:30:00.123Z'), the same shape as
 * `Date#toISOString`. Parsed by hand because `new Date(text)` — and both drivers' defaults — read a
 * zone-less `timestamp` in the Node process's local zone, so the result would depend on the machine's TZ.
 * Here a zone-less value is read as UTC. Columns that hold instants should be timestamptz.
 * Sub-millisecond digits are truncated: JavaScript dates stop at milliseconds.
 */
export function parseTimestamp(value: string): string {
  // ±infinity has no ISO form; pass it through rather than fail the whole row.
  if (value === 'infinity' || value === '-infinity') return value;
  const match = TIMESTAMP_TEXT.exec(value);
  if (!match) {
    throw new RangeError(
      `Cannot read timestamp '${value}': expected ISO DateStyle output within years 0000-9999`,
    );
  }
  const [, year, month, day, hour, minute, second, fraction = '', sign, offH = '0', offM = '0', offS = '0'] =
    match;
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  utc.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  utc.setUTCHours(Number(hour), Number(minute), Number(second), Number(fraction.padEnd(3, '0').slice(0, 3)));
  const offsetSeconds = sign
    ? (sign === '-' ? -1 : 1) * (Number(offH) * 3600 + Number(offM) * 60 + Number(offS))
    : 0;
  return new Date(utc.getTime() - offsetSeconds * 1000).toISOString();
}

function parseJson(value: string): unknown {
  return JSON.parse(value);
}

const elementParsers: ReadonlyArray<readonly [elementOid: number, arrayOid: number, parse: TextValueParser]> =
  [
    [PgTypeOid.int8, PgTypeOid.int8Array, parseInt8],
    [PgTypeOid.date, PgTypeOid.dateArray, parseDate],
    [PgTypeOid.timestamp, PgTypeOid.timestampArray, parseTimestamp],
    [PgTypeOid.timestamptz, PgTypeOid.timestamptzArray, parseTimestamp],
    [PgTypeOid.json, PgTypeOid.jsonArray, parseJson],
    [PgTypeOid.jsonb, PgTypeOid.jsonbArray, parseJson],
  ];

/**
 * Text-format parsers keyed by type OID, arrays included. Both drivers use PGlite's array-literal parser
 * (quoting, NULL and nesting rules) so arrays come back the same way too.
 */
export const valueParsers: Readonly<Record<number, TextValueParser>> = Object.fromEntries(
  elementParsers.flatMap(([elementOid, arrayOid, parse]) => [
    [elementOid, parse],
    [arrayOid, (value: string): unknown => pgliteTypes.arrayParser(value, parse, arrayOid)],
  ]),
);

/** For `PGlite.create(dataDir, { parsers })`: PGlite takes parsers keyed by OID. */
export function createPgliteParsers(): Record<number, TextValueParser> {
  return { ...valueParsers };
}

/**
 * For `new Pool({ types })`: a private override table that falls back to pg's defaults, so the process-wide
 * `pg.types` registry (shared with any other pg user in the process) is never mutated.
 */
export function createPgTypes(): TypeOverrides {
  const overrides = new TypeOverrides();
  for (const [oid, parse] of Object.entries(valueParsers)) {
    overrides.setTypeParser(Number(oid), 'text', parse);
  }
  return overrides;
}
