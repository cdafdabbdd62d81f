import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertAllowedBaseUrl, createHttpClient, HttpError, MAX_SERVER_WAIT_MS, waitFromHeaders } from '../../electron/core/http';
import { createRateLimiter } from '../../electron/core/rate-limit';
import { Redactor } from '../../electron/core/redact';
import { startFake, type FakeServer } from '../fakes/kit';
import { memoryLogger } from '../support/quiet-log';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function client(baseUrl: string, extra: Partial<Parameters<typeof createHttpClient>[0]> = {}) {
  const log = memoryLogger();
  const redactor = new Redactor();
  return { log, redactor, http: createHttpClient({ baseUrl, log, redactor, vendorName: 'Acme', backoffMs: 5, timeoutMs: 1000, ...extra }) };
}
const signal = () => new AbortController().signal;

describe('the shared HTTP layer', () => {
  it('retries a read on 503 with backoff and returns the answer', async () => {
    server = await startFake(() => ({ status: 200, json: { fine: true } }));
    server.inject({ reply: { status: 503, text: 'busy' } }, { reply: { status: 502, text: 'bad gateway' } });
    const { http } = client(server.url);
    const waits: number[] = [];
    const res = await http.request({ method: 'GET', path: 'items', idempotent: true, signal: signal(), onWait: (ms) => waits.push(ms) });
    expect(res.json).toEqual({ fine: true });
    expect(server.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('does not repeat a non-idempotent write after a 503, and says so plainly', async () => {
    server = await startFake(() => ({ status: 503, json: { message: 'maintenance' } }));
    const { http } = client(server.url);
    const error = await http.request({ method: 'POST', path: 'batch', body: [1], idempotent: false, signal: signal() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
    expect((error as HttpError).message).toBe('Acme had a problem on its side (HTTP 503). Acme said: "maintenance"');
    // The window words it from the id; the vendor's words travel apart, to be quoted after ours.
    expect(error).toMatchObject({ said: { id: 'http.serverError', params: { vendor: 'Acme', status: 503 } }, vendorMessage: 'maintenance' });
    expect(server.requests).toHaveLength(1);
  });

  it('repeats a 429 after the Retry-After the vendor asked for, even for a write', async () => {
    server = await startFake(() => ({ status: 200, json: [] }));
    server.inject({ reply: { status: 429, headers: { 'Retry-After': '0.05' }, text: '' } });
    const { http } = client(server.url, { backoffMs: 10_000 });
    const waits: number[] = [];
    await http.request({ method: 'POST', path: 'batch', body: [], idempotent: false, signal: signal(), onWait: (ms) => waits.push(ms) });
    expect(waits).toEqual([50]);
    expect(server.requests).toHaveLength(2);
  });

  it('reports "no answer" (status 0) when the connection drops on a write', async () => {
    server = await startFake(() => ({ status: 200, json: {} }));
    server.inject({ dropAfterApply: true });
    const { http } = client(server.url);
    const error = (await http.request({ method: 'POST', path: 'x', body: {}, idempotent: false, signal: signal() }).catch((e: unknown) => e)) as HttpError;
    expect(error.noAnswer).toBe(true);
    expect(error.code).toBe('network_error');
    expect(server.requests).toHaveLength(1);
  });

  it('times out a slow answer with a message naming the limit', async () => {
    server = await startFake(() => ({ status: 200, json: {} }));
    server.inject({ delayMs: 1500 });
    const { http } = client(server.url, { timeoutMs: 200, maxAttempts: 1 });
    await expect(http.request({ method: 'GET', path: 'slow', idempotent: true, signal: signal() })).rejects.toThrow('No answer from Acme within 0 s.');
  });

  it('maps 401 and 403 to plain words and an auth error code', async () => {
    server = await startFake((req) => (req.path === '/a' ? { status: 401, json: { Message: 'Unauthorized' } } : { status: 403, json: { message: 'No access to Products' } }));
    const { http } = client(server.url);
    await expect(http.request({ method: 'GET', path: 'a', idempotent: true, signal: signal() })).rejects.toMatchObject({ code: 'auth_error', message: expect.stringContaining('did not accept the credentials') });
    await expect(http.request({ method: 'GET', path: 'b', idempotent: true, signal: signal() })).rejects.toMatchObject({ message: expect.stringContaining('No access to Products') });
  });

  it('never lets a key in the URL or a header reach the log or the message', async () => {
    server = await startFake(() => ({ status: 400, text: 'bad request for API_KEY=topsecretkey' }));
    const { http, log } = client(server.url, { headers: { Authorization: 'Bearer tok-abcdef123', 'X-ApiKey': 'hdr-key-999' } });
    const error = (await http
      .request({ method: 'GET', path: 'v2/products', query: { API_KEY: 'topsecretkey', accountId: '7' }, idempotent: true, signal: signal() })
      .catch((e: unknown) => e)) as Error;
    const everything = `${log.lines.join('\n')}\n${error.message}`;
    expect(everything).toContain('accountId=7');
    expect(everything).not.toMatch(/topsecretkey|tok-abcdef123|hdr-key-999/);
    expect(server.requests[0]!.query.get('API_KEY')).toBe('topsecretkey');
  });

  it('logs an error body redacted before it is cut, so a secret across the cut leaks nothing', async () => {
    server = await startFake(() => ({ status: 400, text: `${'x'.repeat(490)}echoed-secret-0123456789 tail` }));
    const { http, log, redactor } = client(server.url, { maxAttempts: 1 });
    redactor.add('echoed-secret-0123456789');
    await http.request({ method: 'GET', path: 'x', idempotent: true, signal: signal() }).catch(() => undefined);
    expect(log.lines.join('\n')).toContain('xxxx');
    expect(log.lines.join('\n')).not.toContain('echoed-');
  });

  it('paces requests through the limiter so the vendor is never over its limit', async () => {
    server = await startFake(() => ({ status: 200, json: {} }));
    const { http } = client(server.url, { limiter: createRateLimiter([{ requests: 2, perMs: 200 }]) });
    const started = Date.now();
    for (let i = 0; i < 5; i++) await http.request({ method: 'GET', path: 'x', idempotent: true, signal: signal() });
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  it('accepts https and loopback http only, and refuses to follow a link to another host', () => {
    expect(() => assertAllowedBaseUrl('http://api.cliniko.com', 'Cliniko')).toThrow('must start with https://');
    expect(assertAllowedBaseUrl('https://api.au1.cliniko.com/v1', 'Cliniko').host).toBe('api.au1.cliniko.com');
    expect(assertAllowedBaseUrl('http://127.0.0.1:8080', 'Fake').port).toBe('8080');
    expect(assertAllowedBaseUrl('http://localhost:8080', 'Fake').port).toBe('8080');
    expect(assertAllowedBaseUrl('http://127.45.6.7:8080', 'Fake').hostname).toBe('127.45.6.7');
    expect(assertAllowedBaseUrl('http://[::1]:8080', 'Fake').hostname).toBe('[::1]');
    // Names that only look local are ordinary hosts: DNS may send them anywhere.
    for (const address of ['http://127.evil.example/', 'http://127.0.0.1.nip.io/', 'http://localhost.evil.example/', 'http://127.0.0.1.evil/']) {
      expect(() => assertAllowedBaseUrl(address, 'Fake'), address).toThrow('must start with https://');
    }
    const { http } = client('http://127.0.0.1:9');
    expect(() => http.url('https://evil.example/next')).toThrow('pointed to another server');
  });

  it('reads the wait from each vendor header style', () => {
    const now = 1_700_000_000_000;
    expect(waitFromHeaders(new Headers({ 'Retry-After': '3' }), now)).toBe(3000);
    expect(waitFromHeaders(new Headers({ 'x-ratelimit-retryafter': '2' }), now)).toBe(2000);
    expect(waitFromHeaders(new Headers({ 'X-RateLimit-Reset': String(now / 1000 + 12) }), now)).toBe(12_000);
    expect(waitFromHeaders(new Headers({}), now)).toBeUndefined();
  });
});

describe('a hostile or broken vendor', () => {
  it('stops reading an endless answer at the size cap and names the cap', async () => {
    // No Content-Length, chunks forever: only a streaming read with a cap ends this.
    const endless: Server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (res.write(chunk));
        res.once('drain', pump);
      };
      pump();
    });
    await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
    try {
      const { http, log } = client(`http://127.0.0.1:${(endless.address() as AddressInfo).port}`, { maxResponseBytes: 1024 * 1024, timeoutMs: 20_000 });
      const error = (await http.request({ method: 'GET', path: 'products', idempotent: true, signal: signal() }).catch((e: unknown) => e)) as HttpError;
      expect(error).toBeInstanceOf(HttpError);
      expect(error.message).toContain('larger than 1 MB');
      // An answer came but could not be used: a write's rows stay unknown, never resent.
      expect(error.noAnswer).toBe(true);
      expect(log.lines.join('\n')).toContain('not read');
    } finally {
      endless.closeAllConnections();
      await new Promise((resolve) => endless.close(resolve));
    }
  });

  it('refuses an answer whose declared length is past the cap without reading it', async () => {
    server = await startFake(() => ({ status: 200, text: 'y'.repeat(3000) }));
    const { http } = client(server.url, { maxResponseBytes: 2048 });
    await expect(http.request({ method: 'GET', path: 'x', idempotent: true, signal: signal() })).rejects.toThrow('larger than 2 KB');
    // Within the cap the same answer reads as before.
    const roomy = client(server.url, { maxResponseBytes: 4096 }).http;
    expect((await roomy.request({ method: 'GET', path: 'x', idempotent: true, signal: signal() })).text).toHaveLength(3000);
  });

  it('stops at once when a vendor asks for a wait past the cap, says until when, and sends nothing more through the client', async () => {
    server = await startFake(() => ({ status: 200, json: {} }));
    server.inject({ reply: { status: 429, headers: { 'Retry-After': String(3 * 3600 + 20 * 60) }, text: 'slow down' } });
    const { http } = client(server.url, { backoffMs: 5 });
    const waits: number[] = [];
    const error = (await http.request({ method: 'POST', path: 'batch', body: [], idempotent: false, signal: signal(), onWait: (ms) => waits.push(ms) }).catch((e: unknown) => e)) as HttpError;
    // No wait was even begun (a three-hour sleep would also time the test out).
    expect(waits).toEqual([]);
    expect(error.status).toBe(429);
    expect(error.retryAt).toBeGreaterThan(Date.now() + 3 * 3600_000);
    expect(error.message).toMatch(/Acme asked PriceDesk to wait 3 h 20 min before sending more \(until \d{4}-\d\d-\d\d \d\d:\d\d UTC\); PriceDesk waits at most 2 min/);
    // The next request is refused here, without troubling the vendor again.
    await expect(http.request({ method: 'GET', path: 'x', idempotent: true, signal: signal() })).rejects.toBe(error);
    expect(server.requests).toHaveLength(1);
  });

  it('reads a far X-RateLimit-Reset (UNIX time) as a wait past the cap too, and still waits out a short one', async () => {
    server = await startFake(() => ({ status: 200, json: {} }));
    server.inject(
      { reply: { status: 429, headers: { 'X-RateLimit-Reset': '0.05' }, text: '' } },
      { reply: { status: 429, headers: { 'X-RateLimit-Reset': String(Math.ceil((Date.now() + MAX_SERVER_WAIT_MS + 60_000) / 1000)) }, text: '' } },
    );
    const { http } = client(server.url);
    await expect(http.request({ method: 'GET', path: 'x', idempotent: true, signal: signal() })).rejects.toMatchObject({ retryAt: expect.any(Number), message: expect.stringContaining('3 min') });
    expect(server.requests).toHaveLength(2);
  });
});
