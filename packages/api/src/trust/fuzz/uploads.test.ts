import { randomUUID } from 'node:crypto';
import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegistry } from '../../household-import/import-registry';
import { createFixture, type Fixture } from '../../testing/fixture';
import { draftHousehold } from '../../testing/identification-fixture';
import { outcomeOf, watchDatabase } from '../../testing/trust-fuzz-fixture';
import {
  HTML_WITH_SCRIPT,
  PDF_PLAIN,
  PDF_WITH_HIDDEN_JS,
  PDF_WITH_JS,
  PNG_BYTES,
  SVG_WITH_SCRIPT,
  TEXT_FILE,
  xlsxBomb,
} from './hostile-files';
import { trustTargets, watchUnhandled } from './trust-run';

const b64 = (b: Buffer) => b.toString('base64');
/** Growth allowed while a hostile file is refused; reading a 300 MB bomb whole costs GBs. */
const MAX_RSS_GROWTH = 150 * 1024 * 1024;

/** Runs `fn` and reports the largest resident-memory growth seen meanwhile. */
async function rssGrowth<T>(fn: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growth: peak - start };
  } finally {
    clearInterval(timer);
  }
}

describe.each(trustTargets(driverTestTargets()))('hostile uploads on $name', (target) => {
  let f: Fixture;
  let householdId: string;
  let db: Awaited<ReturnType<typeof watchDatabase>>;
  const files: Record<string, Buffer> = {};
  const unhandled = watchUnhandled();
  beforeAll(async () => {
    f = await createFixture(target);
    householdId = (await draftHousehold(f)).id;
    files.bomb = await xlsxBomb(300);
    files.lyingBomb = await xlsxBomb(300, { lie: true });
    db = await watchDatabase(f.handle.db);
  });
  afterAll(async () => {
    unhandled.stop();
    await f?.close();
  });

  /** The call is refused as VALIDATION, writes nothing and keeps memory in bounds. */
  async function refusedCleanly(call: () => Promise<unknown>): Promise<void> {
    await db.changes();
    const { result, growth } = await rssGrowth(() => outcomeOf(call()));
    expect(result.ok ? 'OK' : `${result.code}/${result.domainCode}`).toBe('BAD_REQUEST/VALIDATION');
    expect(await db.changes()).toEqual([]);
    expect(growth).toBeLessThan(MAX_RSS_GROWTH);
  }

  const hostileXlsx = () => ({
    'a PNG named .xlsx': PNG_BYTES,
    'a text file': TEXT_FILE,
    'a 300 MB zip bomb': files.bomb!,
    'a zip bomb that lies about its size': files.lyingBomb!,
  });
  const NAMES = [
    'a PNG named .xlsx',
    'a text file',
    'a 300 MB zip bomb',
    'a zip bomb that lies about its size',
  ];

  it.each(NAMES)('householdImport.dryRun refuses %s', async (name) => {
    const file = hostileXlsx()[name as keyof ReturnType<typeof hostileXlsx>];
    await refusedCleanly(() =>
      f.as('zunyiCw').householdImport.dryRun({ fileName: 'households.xlsx', contentBase64: b64(file) }),
    );
  });

  it.each(NAMES.slice(0, 3))('householdImport.start refuses %s before recording anything', async (name) => {
    const file = hostileXlsx()[name as keyof ReturnType<typeof hostileXlsx>];
    await refusedCleanly(() =>
      f.as('zunyiCw').householdImport.start({ fileName: 'households.xlsx', contentBase64: b64(file) }),
    );
  });

  it('householdImport.start with a lying bomb fails in the background, imports nothing, keeps memory', async () => {
    const households = () => f.handle.db.selectFrom('household').select('id').execute();
    const before = (await households()).length;
    const { result, growth } = await rssGrowth(async () => {
      const cw = f.as('zunyiCw').householdImport;
      const { importId } = await cw.start({ fileName: 'lie.xlsx', contentBase64: b64(files.lyingBomb!) });
      await importRegistry.settled(importId);
      return cw.progress({ importId });
    });
    expect(result.status).toBe('FAILED');
    expect((await households()).length).toBe(before);
    expect(growth).toBeLessThan(MAX_RSS_GROWTH);
    await db.changes();
  });

  it('householdImport refuses a file over its size limit', async () => {
    const huge = 'A'.repeat(Math.ceil((40 * 1024 * 1024 * 4) / 3) + 8);
    await refusedCleanly(() =>
      f.as('zunyiCw').householdImport.dryRun({ fileName: 'big.xlsx', contentBase64: huge }),
    );
  });

  it.each(NAMES)('mutualAid.importEnrolments refuses %s', async (name) => {
    const file = hostileXlsx()[name as keyof ReturnType<typeof hostileXlsx>];
    const input = { unitId: randomUUID(), schemeId: randomUUID(), termYear: 2026, fileBase64: b64(file) };
    await refusedCleanly(() => f.as('admin').mutualAid.importEnrolments({ ...input, dryRun: false }));
  });

  const attachments: [string, Buffer, string | undefined][] = [
    ['an SVG with a script, claimed as PNG', SVG_WITH_SCRIPT, 'image/png'],
    ['an HTML page with a script, claimed as JPEG', HTML_WITH_SCRIPT, 'image/jpeg'],
    ['a text file', TEXT_FILE, undefined],
    ['a PNG claimed as PDF', PNG_BYTES, 'application/pdf'],
    ['a PDF that runs JavaScript when opened', PDF_WITH_JS, 'application/pdf'],
    ['a PDF hiding /JS as /J#53', PDF_WITH_HIDDEN_JS, undefined],
    [
      'a PDF one byte over 5 MB',
      Buffer.concat([PDF_PLAIN, Buffer.alloc(5 * 1024 * 1024 + 1 - PDF_PLAIN.length)]),
      undefined,
    ],
  ];
  it.each(attachments)('identification.uploadAttachment refuses %s', async (_name, bytes, mime) => {
    const input = {
      householdId,
      kind: 'INCOME_PROOF',
      filename: 'scan.png',
      contentBase64: b64(bytes),
      mime,
    };
    await refusedCleanly(() => f.as('zunyiCw').identification.uploadAttachment(input as never));
  });

  it('identification.uploadAttachment still stores a plain PDF (the refusals above are specific)', async () => {
    const input = {
      householdId,
      kind: 'INCOME_PROOF' as const,
      filename: 'scan.pdf',
      contentBase64: b64(PDF_PLAIN),
    };
    await expect(f.as('zunyiCw').identification.uploadAttachment(input)).resolves.toHaveProperty('id');
    expect(await db.changes()).toContain('attachment');
  });

  it('no upload left an unhandled rejection behind', () => expect(unhandled.seen()).toEqual([]));
});
