import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { personalDataIn } from '../../packages/api/src/trust/authz/personal-data';
import { SERVER_LOGS, TEST_RESULTS } from './server-log-file';

export type HitKind = 'id' | 'phone' | 'account';

/** Where personal data stands; the value is masked so the scan's own output leaks nothing. */
export interface Hit {
  file: string;
  line: number;
  kind: HitKind;
  masked: string;
}

export interface FileScan {
  file: string;
  lines: number;
  bytes: number;
  /** Lines that are the server's access log (`"msg":"request"`). */
  accessLines: number;
  hits: Hit[];
}

// Colour and cursor codes (CSI) and terminal titles (OSC) the runners write around text.
const ESC = String.fromCharCode(0x1b);
const BEL = String.fromCharCode(0x07);
const ANSI = new RegExp(`${ESC}\\[[0-9;?]*[ -/]*[@-~]|${ESC}\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)`, 'g');

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** First six characters and stars: enough to find the line, too little to identify anyone. */
export function maskValue(value: string): string {
  return `${value.slice(0, 6)}****`;
}

function isAccessLine(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const entry = JSON.parse(line) as { msg?: unknown; path?: unknown; status?: unknown };
    return entry.msg === 'request' && typeof entry.path === 'string' && typeof entry.status === 'number';
  } catch {
    return false;
  }
}

/** Reads a log line by line (server logs can be large), colour codes stripped, and finds personal data. */
export async function scanFile(file: string): Promise<FileScan> {
  const scan: FileScan = { file, lines: 0, bytes: 0, accessLines: 0, hits: [] };
  const input = createReadStream(file);
  input.on('data', (chunk) => {
    scan.bytes += chunk.length;
  });
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    // readline also breaks at a lone \r, so each redraw of a progress line is a line of its own.
    scan.lines++;
    const line = stripAnsi(raw);
    if (isAccessLine(line)) scan.accessLines++;
    const found = personalDataIn(line).map((f) => f.split(/:(.*)/s) as [HitKind, string]);
    // An 18-digit ID number also matches the account pattern: count it once, as an ID number.
    const ids = new Set(found.filter(([kind]) => kind === 'id').map(([, value]) => value));
    for (const [kind, value] of found)
      if (kind !== 'account' || !ids.has(value))
        scan.hits.push({ file, line: scan.lines, kind, masked: maskValue(value) });
  }
  return scan;
}

const logsIn = (dir: string, except: string[] = []): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.log') && !except.includes(name))
        .sort()
        .map((name) => join(dir, name))
    : [];

/** The runners' logs (`unit.log`, `e2e.log`, `trust.log`, … but not the scan's own) and the servers' logs. */
export function runLogs(root = TEST_RESULTS): { runner: string[]; server: string[] } {
  return {
    runner: logsIn(root, ['log-scan.log']),
    server: logsIn(join(root, basename(SERVER_LOGS))),
  };
}
