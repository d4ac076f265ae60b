import os from 'node:os';
import pino, { type Logger as PinoLogger } from 'pino';
import type { LogLevel } from '../config/config.js';

/**
 * Structured logs: one JSON object per line on stdout (`time`, `level`, `msg`, then the fields),
 * so that any log shipper can read them. The interface is the project's own; pino does the work
 * behind it. Errors in fields keep their type, message, code, cause and stack trace, and values
 * under names that hold secrets (credentials, tokens, passwords) are replaced by "[Redacted]".
 */
export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

export type Fields = Record<string, unknown>;

/** Names whose values never reach a log, wherever they appear (headers, configuration, env). */
export const SECRET_NAMES = [
  'authorization', 'x-api-key', 'cookie', 'set-cookie', 'password', 'token', 'secret', 'apiKey', 'apiKeys',
  'accessToken', 'refreshToken', 'NEO4J_PASSWORD', 'PLANGRAPH_NEO4J_PASSWORD', 'PLANGRAPH_API_KEYS',
  'PLANGRAPH_JWT_SECRET', 'PLANGRAPH_METRICS_TOKEN', 'OTEL_EXPORTER_OTLP_HEADERS', 'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
] as const;

// Redaction paths are exact; fields nest (a request's headers, a configuration dump), so every
// name is listed at the top and under up to four levels of nesting.
const REDACT_DEPTH = 4;

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const name of SECRET_NAMES) {
    const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : `["${name}"]`;
    for (let depth = 0; depth <= REDACT_DEPTH; depth += 1) {
      const prefix = '*.'.repeat(depth);
      paths.push(key.startsWith('[') ? (depth === 0 ? key : `${prefix.slice(0, -1)}${key}`) : `${prefix}${key}`);
    }
  }
  return paths;
}

const errorSerializer = pino.stdSerializers.errWithCause;

/**
 * Errors under any field name are serialised with their stack trace, not only under the names
 * pino's serializers know (`err`, `error`).
 */
function withSerialisedErrors(fields: Fields | undefined): Fields {
  if (!fields) return {};
  let out: Fields | undefined;
  for (const [key, value] of Object.entries(fields)) {
    if (value instanceof Error && key !== 'err' && key !== 'error') {
      out ??= { ...fields };
      out[key] = errorSerializer(value);
    }
  }
  return out ?? fields;
}

function adapt(log: PinoLogger): Logger {
  return {
    debug: (msg, fields) => log.debug(withSerialisedErrors(fields), msg),
    info: (msg, fields) => log.info(withSerialisedErrors(fields), msg),
    warn: (msg, fields) => log.warn(withSerialisedErrors(fields), msg),
    error: (msg, fields) => log.error(withSerialisedErrors(fields), msg),
    child: (fields) => adapt(log.child(withSerialisedErrors(fields))),
  };
}

/**
 * A logger at `level` (`silent` writes nothing). `write` receives each line; by default lines go
 * to stdout (buffered, and flushed when the process exits).
 */
export function createLogger(level: LogLevel, base: Fields = {}, write?: (line: string) => void): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { pid: process.pid, hostname: os.hostname(), ...base },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: errorSerializer, error: errorSerializer },
    redact: { paths: redactPaths() },
  };
  return adapt(write ? pino(options, { write }) : pino(options));
}

export const silentLogger: Logger = createLogger('silent');
