import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientGone, DeadlineExceeded, startDeadline, type Deadline } from '../../src/http/deadline.js';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real HTTP server whose one handler starts a deadline and hands it to the test. */
async function serve(ms: number, handle: (deadline: Deadline, res: http.ServerResponse) => void): Promise<string> {
  server = http.createServer((_req, res) => handle(startDeadline(res as unknown as Response, ms), res));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const aborted = (signal: AbortSignal) => new Promise<unknown>((resolve) => signal.addEventListener('abort', () => resolve(signal.reason), { once: true }));

describe('request deadlines', () => {
  it('fire with DeadlineExceeded when the request is not done in time', async () => {
    let reason: Promise<unknown> | undefined;
    const url = await serve(50, (deadline, res) => {
      reason = aborted(deadline.signal);
      void reason.then(() => res.end('late'));
    });
    expect(await (await fetch(url)).text()).toBe('late');
    expect(await reason).toBeInstanceOf(DeadlineExceeded);
  });

  it('fire with ClientGone when the client closes the connection before the answer', async () => {
    let reason: Promise<unknown> | undefined;
    let arrived!: () => void;
    const inHandler = new Promise<void>((resolve) => (arrived = resolve));
    const url = await serve(60_000, (deadline) => {
      reason = aborted(deadline.signal);
      arrived();
    });
    const request = http.get(url);
    request.on('error', () => {});
    await inHandler;
    request.destroy();
    expect(await reason).toBeInstanceOf(ClientGone);
  });

  it('can be moved later while they have not passed, and fire then with the time allowed', async () => {
    let reason: Promise<unknown> | undefined;
    const url = await serve(20, (deadline, res) => {
      deadline.extend(80);
      deadline.extend(40); // shorter than what is allowed already: no change
      reason = aborted(deadline.signal);
      void reason.then(() => res.end(String(deadline.ms)));
    });
    expect(await (await fetch(url)).text()).toBe('80');
    expect(await reason).toMatchObject({ name: 'DeadlineExceeded', ms: 80 });
  });

  it('never fire for a request that was answered and cleared', async () => {
    let deadlineOf: Deadline | undefined;
    const url = await serve(60_000, (deadline, res) => {
      deadlineOf = deadline;
      res.end('done', () => deadline.clear());
    });
    expect(await (await fetch(url)).text()).toBe('done');
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    expect(deadlineOf!.signal.aborted).toBe(false);
  });
});
