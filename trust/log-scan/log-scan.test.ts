import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCheckChar } from '../../packages/domain/src/id-number/id-number';
import { type FileScan, runLogs, scanFile } from './scan-logs';
import { describeHits, summarize, whatIsMissing } from './scan-summary';
import { TEST_RESULTS } from './server-log-file';

const RUN_FIRST =
  `No logs of a full test run in ${TEST_RESULTS}: run \`npm test\` first ` +
  '(it clears .test-results, runs unit, e2e and trust, then this scan)';

// Issue 8: nothing sensitive in logs, checked on everything a full `npm test` logged.
describe('the logs of a full test run', () => {
  let runner: FileScan[] = [];
  let server: FileScan[] = [];
  beforeAll(async () => {
    const logs = runLogs();
    runner = await Promise.all(logs.runner.map(scanFile));
    server = await Promise.all(logs.server.map(scanFile));
    console.info(`[log-scan] ${JSON.stringify(summarize(runner, server))}`);
  });

  it('are there: the runners’ logs and at least five servers’ logs with access-log lines', () => {
    expect(whatIsMissing(runner, server), RUN_FIRST).toEqual([]);
  });

  it('hold no ID number, mobile or bank account', () => {
    const hits = [...runner, ...server].flatMap((s) => s.hits);
    expect(describeHits(hits), 'personal data in the logs (values masked)').toEqual([]);
  });
});

describe('the file scan', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bangfu-log-scan-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a planted ID number, mobile and account, and prints none of them whole', async () => {
    const idNumber = `52030219750505001${computeCheckChar('52030219750505001')}`;
    const file = join(dir, 'planted.log');
    writeFileSync(
      file,
      [
        '{"t":"2026-11-29T08:00:00.000Z","level":"info","msg":"request","path":"/trpc/x","status":200,"ms":3}',
        `\u001b[31m✗ households.create rejects ${idNumber}\u001b[39m`,
        'progress 10%\rprogress 100% phone 13812341234',
        '{"account":"6222020200112233445","id":"01a22799-c04c-7cd2-a1ed-5fe01b58b5cd","ms":1732838400000}',
      ].join('\n'),
    );
    const scan = await scanFile(file);
    expect(scan.lines).toBe(5);
    expect(scan.accessLines).toBe(1);
    expect(scan.hits.map((h) => [h.line, h.kind, h.masked])).toEqual([
      [2, 'id', `${idNumber.slice(0, 6)}****`],
      [4, 'phone', '138123****'],
      [5, 'account', '622202****'],
    ]);
    const printed = describeHits(scan.hits).join('\n');
    for (const value of [idNumber, '13812341234', '6222020200112233445'])
      expect(printed).not.toContain(value);
  });
});
