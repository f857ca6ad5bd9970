import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';

/** The test run's results folder (npm test clears it first) and where started servers write. */
export const TEST_RESULTS = join(import.meta.dirname, '..', '..', '.test-results');
export const SERVER_LOGS = join(TEST_RESULTS, 'server-logs');

/** The log level every server a test starts runs at: requests, jobs and seeding are logged. */
export const SERVER_LOG_LEVEL = 'info';

/** Names the log after the test file that starts the server, e.g. `caseworker.e2e`. */
function currentSuite(): string {
  const path = expect.getState().testPath;
  return path ? basename(path).replace(/\.test\.ts$/, '') : 'server';
}

/** Opens `<suite>-<port-or-pid>-<n>.log` with the first free n (a restart reuses its port). */
function openLogFile(suite: string, portOrPid: number): number {
  mkdirSync(SERVER_LOGS, { recursive: true });
  for (let n = 1; ; n++) {
    try {
      return openSync(join(SERVER_LOGS, `${suite}-${portOrPid}-${n}.log`), 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/**
 * Copies everything a child writes on stdout and stderr to its own file under
 * `.test-results/server-logs/`, chunk by chunk as it arrives, so a SIGKILLed server's output is
 * kept; the log scan reads these files after the run. `port` names the file (the pid when 0).
 */
export function recordServerOutput(child: ChildProcess, port = 0): void {
  const fd = openLogFile(currentSuite(), port > 0 ? port : (child.pid ?? 0));
  let open = true;
  const write = (chunk: Buffer) => {
    if (open) writeSync(fd, chunk);
  };
  child.stdout?.on('data', write);
  child.stderr?.on('data', write);
  // 'close' comes after both streams have ended, so no chunk arrives after it.
  child.once('close', () => {
    open = false;
    closeSync(fd);
  });
}
