type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

// ID numbers (17 digits + check), mobiles and bank accounts (16–19 digits), wherever they stand.
const PERSONAL = /(?<![\dA-Za-z])(\d{17}[\dXx]|\d{16,19}|1[3-9]\d{9})(?![\dA-Za-z])/g;

/** Masks personal data in a line: an error's message or stack can echo a request's values. */
export function redactPersonalData(line: string): string {
  return line.replace(PERSONAL, '[redacted]');
}

/**
 * One JSON line per event on stderr. Callers pass ids and codes, never personal data: request
 * bodies are not logged at all, and anything that slips through (a failure's stack) is masked.
 */
export function createLogger(level: Level): Logger {
  const emit = (l: Level) => (msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[l] < ORDER[level]) return;
    const line = JSON.stringify({ t: new Date().toISOString(), level: l, msg, ...fields });
    process.stderr.write(`${redactPersonalData(line)}\n`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
