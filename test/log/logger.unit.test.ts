import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import type { LogLevel } from '../../src/config/config.js';

function capture(level: LogLevel = 'info'): { lines: Record<string, any>[]; logger: ReturnType<typeof createLogger> } {
  const lines: Record<string, any>[] = [];
  const logger = createLogger(level, { service: 'plangraph' }, (line) => {
    expect(line.endsWith('\n')).toBe(true);
    lines.push(JSON.parse(line));
  });
  return { lines, logger };
}

describe('logs', () => {
  it('are JSON lines with time, level, message, the base fields and the given ones', () => {
    const { lines, logger } = capture();
    logger.info('listening', { port: 4000 });
    expect(lines).toEqual([expect.objectContaining({ level: 'info', msg: 'listening', service: 'plangraph', port: 4000, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })]);
  });

  it('carry errors with type, message, code, cause and stack trace, under any field name', () => {
    const { lines, logger } = capture();
    const cause = Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    logger.error('query failed', { error: new Error('no answer', { cause }), previous: new TypeError('bad') });
    const line = lines[0]!;
    expect(line.error).toMatchObject({ type: 'Error', message: 'no answer', stack: expect.stringContaining('logger.unit.test.ts') });
    expect(line.error.cause).toMatchObject({ message: 'connection refused', code: 'ECONNREFUSED', stack: expect.any(String) });
    expect(line.previous).toMatchObject({ type: 'TypeError', message: 'bad', stack: expect.stringContaining('TypeError: bad') });
  });

  it('never show secrets: credentials in headers, passwords and tokens, secrets of a configuration dump', () => {
    const { lines, logger } = capture();
    logger.warn('request', {
      headers: { authorization: 'Bearer eyJ.secret', 'x-api-key': 'key-0123456789', accept: 'application/json' },
      config: { neo4j: { uri: 'bolt://db:7687', password: 'neo4j-pass' }, auth: { apiKeys: [{ key: 'k', subject: 's' }], jwt: { secret: 'jwt-secret' } } },
      env: { NEO4J_PASSWORD: 'neo4j-pass', PLANGRAPH_API_KEYS: 'k:s:analyst', PLANGRAPH_JWT_SECRET: 'jwt-secret', PORT: '4000' },
      token: 'refresh-me',
    });
    const text = JSON.stringify(lines[0]);
    for (const secret of ['eyJ.secret', 'key-0123456789', 'neo4j-pass', 'jwt-secret', 'k:s:analyst', 'refresh-me']) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ headers: { authorization: '[Redacted]', 'x-api-key': '[Redacted]', accept: 'application/json' }, env: { PORT: '4000' }, config: { neo4j: { uri: 'bolt://db:7687' } } });
  });

  it('keep what a child logger adds, and its redaction', () => {
    const { lines, logger } = capture();
    logger.child({ component: 'database', password: 'child-secret' }).info('connected');
    expect(lines[0]).toMatchObject({ component: 'database', password: '[Redacted]', msg: 'connected' });
  });

  it('write nothing below their level, and nothing at all when silent', () => {
    const info = capture('info');
    info.logger.debug('details');
    info.logger.info('shown');
    expect(info.lines.map((l) => l.msg)).toEqual(['shown']);
    const silent = capture('silent');
    silent.logger.error('never');
    expect(silent.lines).toEqual([]);
  });
});
