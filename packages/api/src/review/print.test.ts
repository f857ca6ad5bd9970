import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/fixture';
import { caseWithOpenNotice } from '../testing/review-fixture';

/** Every string anywhere inside a value (keys included). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

describe.each(driverTestTargets())('printed notices on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  it('carry the masked name and category only: no ID, income, illness, address, phone or bank data', async () => {
    const a = await caseWithOpenNotice(f, '2026-11-02');
    const b = await caseWithOpenNotice(f, '2026-11-02', {
      overrides: { address: '遵义市红花岗区老城街道幸福巷7号' },
    });
    const doc = await f.as('volunteer').review.noticeDocument({ noticeId: a.noticeId });
    const sheet = await f
      .as('grassrootsCw')
      .review.noticeSheet({ orgId: f.orgId('520302-G01'), date: '2026-11-03' });
    expect(sheet.noticeIds).toEqual(expect.arrayContaining([a.noticeId, b.noticeId]));
    expect(sheet.documents).toHaveLength(1);
    expect(sheet.documents[0]!.rows.filter((r) => r[1] === '张*国')).toHaveLength(sheet.noticeIds.length);
    expect(doc.document.rows).toEqual([['1', '张*国', '低保户']]);
    expect(doc.document.paragraphs.join('')).toContain('12351');

    const stored = await f.handle.db
      .selectFrom('public_notice')
      .select('content')
      .where('id', 'in', [a.noticeId, b.noticeId])
      .execute();
    const printed = [
      doc,
      sheet,
      await f.as('zunyiCw').review.noticeDocument({ noticeId: b.noticeId, lang: 'en' }),
      stored,
    ];
    const text = strings(printed).join('\n');
    const forbidden = [
      '张建国',
      '李秀英',
      ...[a, b].flatMap((c) => c.idNumbers.flatMap((n) => [n, n.slice(-4), `${n.slice(0, 6)}*`])),
      '150000',
      '1500',
      '1,500',
      '癌',
      '肿瘤',
      'CANCER',
      'cancer',
      '疾病',
      '中华路100号',
      '幸福巷',
      '遵义市红花岗区',
      '6222',
      '3445',
      '工商银行',
      '1234',
      '138',
      '遵义某机械',
    ];
    for (const word of forbidden) expect(text, `printed notice contains ${word}`).not.toContain(word);
    const prints = await f.handle.db
      .selectFrom('audit_event')
      .select(['action', 'entity_id'])
      .where('action', '=', 'notice.print')
      .execute();
    expect(prints.map((p) => p.entity_id)).toEqual(
      expect.arrayContaining([a.noticeId, b.noticeId, f.orgId('520302-G01')]),
    );
  });
});
