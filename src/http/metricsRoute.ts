import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Metrics } from '../observability/metrics.js';

/**
 * GET /metrics in Prometheus's text format. With a token (PLANGRAPH_METRICS_TOKEN), only a
 * scraper that sends `Authorization: Bearer <token>` is answered; others get 401.
 */
export function metricsRoute(metrics: Metrics, token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : digest(token);
  return async (req, res) => {
    if (expected) {
      const given = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
      // Digests of equal length, compared in constant time: the answer's timing says nothing.
      if (!given || !crypto.timingSafeEqual(digest(given), expected)) {
        res.set('WWW-Authenticate', 'Bearer realm="metrics"').status(401).json({ error: 'a bearer token is required for /metrics' });
        return;
      }
    }
    const { contentType, body } = await metrics.scrape();
    res.set('Content-Type', contentType).set('Cache-Control', 'no-store').send(body);
  };
}

function digest(value: string): Buffer {
  return crypto.createHash('sha256').update(value).digest();
}
