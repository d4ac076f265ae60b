import type { LogLevel } from '../config/config.js';

/**
 * Structured logs: one JSON object per line on stdout, so that any log shipper can read them.
 * Fields are flat; errors are reduced to name and message (stack traces stay out of logs that
 * may be shown to others; run with LOG_LEVEL=debug to get them).
 */
export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

export type Fields = Record<string, unknown>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(level: LogLevel, base: Fields = {}, write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  const threshold = RANK[level];
  const emit = (lvl: Exclude<LogLevel, 'silent'>, msg: string, fields?: Fields) => {
    if (RANK[lvl] < threshold) return;
    const entry: Fields = { time: new Date().toISOString(), level: lvl, msg, ...base };
    for (const [key, value] of Object.entries(fields ?? {})) entry[key] = serialise(value, level === 'debug');
    write(`${JSON.stringify(entry)}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger(level, { ...base, ...fields }, write),
  };
}

function serialise(value: unknown, withStack: boolean): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { name: value.name, message: value.message, ...(code ? { code } : {}), ...(withStack ? { stack: value.stack } : {}) };
  }
  return value;
}

export const silentLogger: Logger = createLogger('silent');
