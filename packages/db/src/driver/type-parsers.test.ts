import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './create-database';
import { driverTestTargets } from './driver-test-targets';
import { parseInt8, parseTimestamp } from './type-parsers';

// One expected row for every target: toEqual against the same literal is what proves the drivers agree.
const EXPECTED_ROW = {
  fen: 123456,
  max_fen: Number.MAX_SAFE_INTEGER,
  negative: -42,
  counted: 2,
  day: '2024-02-29',
  instant: '2024-05-01T00:30:00.123Z',
  wall_clock: '2024-05-01T08:30:00.000Z',
  doc: { a: 1, b: [true, null], c: '帮扶' },
  plain_json: [1, 2],
  fen_list: [1, 2, null],
  days: ['2024-01-01', null],
  instants: ['2024-05-01T00:00:00.000Z'],
  docs: [{ a: 1 }],
  // Defaults the drivers already agree on, pinned so a driver upgrade that changes them is noticed.
  amount: '12.50',
  small: 7,
  flag: true,
};

describe.each(driverTestTargets())('values read through $name', (target) => {
  let handle: DatabaseHandle<unknown>;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('come back as JSON-ready values: int8 → number, date → string, timestamps → ISO, json → objects', async () => {
    const { rows } = await sql`
      select 123456::int8 as fen,
             9007199254740991::int8 as max_fen,
             -42::int8 as negative,
             (select count(*) from (values (1), (2)) as v(x)) as counted,
             '2024-02-29'::date as day,
             '2024-05-01 08:30:00.123456+08'::timestamptz as instant,
             '2024-05-01 08:30:00'::timestamp as wall_clock,
             '{"a": 1, "b": [true, null], "c": "帮扶"}'::jsonb as doc,
             '[1, 2]'::json as plain_json,
             array[1, 2, null]::int8[] as fen_list,
             array['2024-01-01', null]::date[] as days,
             array['2024-05-01T00:00:00Z']::timestamptz[] as instants,
             array['{"a": 1}']::jsonb[] as docs,
             12.50::numeric as amount,
             7::int4 as small,
             true as flag`.execute(handle.db);
    expect(rows).toEqual([EXPECTED_ROW]);
  });

  it('read a timestamptz as the same instant whatever the session time zone prints', async () => {
    const rows = await handle.db.transaction().execute(async (trx) => {
      await sql`set local time zone 'Asia/Shanghai'`.execute(trx);
      const result = await sql`
        select '2024-05-01T00:30:00Z'::timestamptz as instant,
               '2024-05-01T00:30:00Z'::timestamptz::text as printed,
               '1890-01-01T00:00:00Z'::timestamptz as before_standard_time,
               '1890-01-01T00:00:00Z'::timestamptz::text as printed_lmt`.execute(trx);
      return result.rows;
    });
    expect(rows).toEqual([
      {
        instant: '2024-05-01T00:30:00.000Z',
        printed: '2024-05-01 08:30:00+08',
        before_standard_time: '1890-01-01T00:00:00.000Z',
        // Local mean time of Shanghai: an offset with seconds, which the parser must honour.
        printed_lmt: '1890-01-01 08:05:43+08:05:43',
      },
    ]);
  });

  it('generate ids with gen_random_uuid() (core since PostgreSQL 13, no extension)', async () => {
    const { rows } = await sql<{ id: string }>`select gen_random_uuid() as id`.execute(handle.db);
    expect(rows[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuse an int8 beyond 2^53 instead of rounding it, and keep the connection usable', async () => {
    await expect(sql`select 9007199254740993::int8 as too_big`.execute(handle.db)).rejects.toThrow(
      /9007199254740993 is beyond Number\.MAX_SAFE_INTEGER/,
    );
    const { rows } = await sql`select 1::int8 as still_fine`.execute(handle.db);
    expect(rows).toEqual([{ still_fine: 1 }]);
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['2024-05-01 08:30:00+08', '2024-05-01T00:30:00.000Z'],
    ['2024-05-01 08:30:00.5+08', '2024-05-01T00:30:00.500Z'],
    ['2024-05-01 08:30:00.999999-03:30', '2024-05-01T12:00:00.999Z'],
    ['1890-01-01 08:05:43+08:05:43', '1890-01-01T00:00:00.000Z'],
    ['2024-05-01 08:30:00', '2024-05-01T08:30:00.000Z'],
    ['2024-05-01T08:30:00.123456+08:00', '2024-05-01T00:30:00.123Z'], // as printed inside jsonb
    ['0050-03-01 00:00:00+00', '0050-03-01T00:00:00.000Z'],
    ['infinity', 'infinity'],
    ['-infinity', '-infinity'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseTimestamp(text)).toBe(iso);
  });

  it.each(['0044-03-15 12:00:00+00 BC', '12345-01-01 00:00:00+00', '01/05/2024 08:30:00'])(
    'refuses %s with a message naming the value',
    (text) => {
      expect(() => parseTimestamp(text)).toThrow(text);
    },
  );
});

describe('parseInt8', () => {
  it.each([
    ['0', 0],
    ['-9007199254740991', -9007199254740991],
    ['9007199254740991', 9007199254740991],
  ])('reads %s', (text, value) => {
    expect(parseInt8(text)).toBe(value);
  });

  it.each(['9007199254740992', '-9007199254740993', '9223372036854775807'])('refuses %s', (text) => {
    expect(() => parseInt8(text)).toThrow(RangeError);
  });
});
