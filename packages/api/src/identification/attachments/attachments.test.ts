import { driverTestTargets } from '@bangfu/db/testing';
import { ATTACHMENT_LIMITS } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../../testing/errors';
import { createFixture, type Fixture } from '../../testing/fixture';
import { caseSnapshot, draftHousehold } from '../../testing/identification-fixture';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const PDF = Buffer.from('%PDF-1.7\n%test\n');
const b64 = (b: Buffer) => b.toString('base64');

describe.each(driverTestTargets())('attachments on $name', (target) => {
  let f: Fixture;
  let householdId: string;
  beforeAll(async () => {
    f = await createFixture(target);
    householdId = (await draftHousehold(f)).id;
  });
  afterAll(() => f?.close());
  const cw = () => f.as('zunyiCw').identification;
  const upload = (contentBase64: string, extra: Record<string, unknown> = {}) =>
    cw().uploadAttachment({ householdId, kind: 'ID_CARD', filename: 'id.png', contentBase64, ...extra });

  async function refused(call: () => Promise<unknown>, code: string) {
    const before = await caseSnapshot(f, householdId);
    const err = await failure(call());
    expect(err.domainCode).toBe(code);
    expect(await caseSnapshot(f, householdId)).toEqual(before);
    return err;
  }

  it('stores a file by its sniffed type, lists metadata and audits each read', async () => {
    const { id } = await upload(b64(PNG), { mime: 'image/png' });
    f.clock.now = new Date(f.clock.now.getTime() + 60_000);
    await cw().uploadAttachment({
      householdId,
      kind: 'INCOME_PROOF',
      filename: '收入证明.pdf',
      contentBase64: b64(PDF),
    });
    const list = await f.as('hhgReviewer').identification.listAttachments({ householdId });
    expect(list.map((a) => [a.kind, a.mime, a.sizeBytes])).toEqual([
      ['ID_CARD', 'image/png', PNG.length],
      ['INCOME_PROOF', 'application/pdf', PDF.length],
    ]);
    expect(list[0]).not.toHaveProperty('contentBase64');
    const reads = () =>
      f.handle.db
        .selectFrom('audit_event')
        .select('id')
        .where('action', '=', 'attachment.read')
        .where('entity_id', '=', id)
        .execute();
    expect(await reads()).toHaveLength(0);
    const got = await f.as('auditor').identification.getAttachment({ id });
    expect(Buffer.from(got.contentBase64, 'base64').equals(PNG)).toBe(true);
    expect(got.uploadedByName).toBe('测试zunyiCw');
    expect(await reads()).toHaveLength(1);
  });

  it('refuses other types, a false claim, an oversized file and another county', async () => {
    const exe = Buffer.from('MZ\x90\x00 not an image');
    expect(Object.keys((await refused(() => upload(b64(exe)), 'VALIDATION')).fieldErrors ?? {})).toEqual([
      'contentBase64',
    ]);
    expect(
      Object.keys(
        (await refused(() => upload(b64(PDF), { mime: 'image/png' }), 'VALIDATION')).fieldErrors ?? {},
      ),
    ).toEqual(['mime']);
    const big = Buffer.alloc(ATTACHMENT_LIMITS.maxBytes + 1);
    PNG.copy(big);
    await refused(() => upload(b64(big)), 'VALIDATION');
    await refused(
      () =>
        f.as('bijieCw').identification.uploadAttachment({
          householdId,
          kind: 'ID_CARD',
          filename: 'x.png',
          contentBase64: b64(PNG),
        }),
      'NOT_FOUND',
    );
    const { id } = await upload(b64(PNG));
    expect((await failure(f.as('bijieCw').identification.getAttachment({ id }))).domainCode).toBe(
      'NOT_FOUND',
    );
    expect((await failure(f.as('volunteer').identification.getAttachment({ id }))).domainCode).toBe(
      'FORBIDDEN',
    );
  });
});
