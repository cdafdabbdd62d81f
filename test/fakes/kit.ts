/**
 * The common part of the fake vendor servers: a loopback HTTP server that records every
 * request, parses JSON bodies, and injects faults on demand (an error status with the
 * vendor's body and headers, a slow answer, or a dropped connection after the request
 * was read: the "sent but no answer" case). Each vendor's own behaviour lives in its file.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined. */
  body: unknown;
  rawBody: string;
  /** When the request arrived (Date.now()), for tests of a client's pacing. */
  at: number;
}

export interface FakeReply {
  status: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

/** A fault consumed by the next matching request, before the vendor logic runs. */
export interface Fault {
  match?: (req: FakeRequest) => boolean;
  /** Answer with this instead of the vendor logic. */
  reply?: FakeReply;
  /** Read the request, run the vendor logic (so the change applies), then drop the socket. */
  dropAfterApply?: boolean;
  /** Drop the socket without applying anything. */
  drop?: boolean;
  /** Delay before answering. */
  delayMs?: number;
}

export interface FakeServer {
  url: string;
  requests: FakeRequest[];
  /** Queue faults; each is used once by the first request it matches. */
  inject(...faults: Fault[]): void;
  close(): Promise<void>;
}

export type FakeHandler = (req: FakeRequest) => FakeReply | Promise<FakeReply>;

export async function startFake(handler: FakeHandler, options: { latencyMs?: number } = {}): Promise<FakeServer> {
  const faults: Fault[] = [];
  const requests: FakeRequest[] = [];
  const server = createServer((incoming, res) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (c: Buffer) => chunks.push(c));
    incoming.on('end', () => {
      void (async () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const url = new URL(incoming.url ?? '/', 'http://fake');
        let body: unknown;
        try {
          body = rawBody ? JSON.parse(rawBody) : undefined;
        } catch {
          body = undefined;
        }
        const req: FakeRequest = { method: incoming.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: incoming.headers, body, rawBody, at: Date.now() };
        requests.push(req);
        const index = faults.findIndex((f) => !f.match || f.match(req));
        const fault = index >= 0 ? faults.splice(index, 1)[0] : undefined;
        const delay = (fault?.delayMs ?? 0) + (options.latencyMs ?? 0);
        if (delay) await new Promise((r) => setTimeout(r, delay));
        if (fault?.drop) return res.socket?.destroy();
        let reply: FakeReply;
        try {
          reply = fault?.reply ?? (await handler(req));
        } catch (error) {
          reply = { status: 500, text: `fake server error: ${String(error)}` };
        }
        if (fault?.dropAfterApply) return res.socket?.destroy();
        const payload = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? '');
        res.writeHead(reply.status, {
          'Content-Type': reply.json !== undefined ? 'application/json' : 'text/plain',
          ...reply.headers,
        });
        res.end(payload);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    inject: (...f) => faults.push(...f),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Decodes an HTTP Basic Authorization header to [user, password], or null. */
export function basicAuth(headers: IncomingHttpHeaders): [string, string] | null {
  const value = headers.authorization;
  if (!value?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(value.slice(6), 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  return i < 0 ? null : [decoded.slice(0, i), decoded.slice(i + 1)];
}

/**
 * A "n requests per window" limit as Alephee and Cin7 apply it: a request is admitted when
 * every window has room, else refused with the time until the oldest request in the full
 * window leaves it. `admitted` keeps every admitted arrival time, for timing assertions.
 */
export interface SlidingWindows {
  admitted: number[];
  /** Admits a request arriving `now` and returns 0, or returns the wait in ms and admits nothing. */
  take(now: number): number;
  /** The admitted arrival times within the last `ms`. */
  recent(ms: number, now: number): number[];
}

export function slidingWindows(windows: { max: number; ms: number }[]): SlidingWindows {
  const admitted: number[] = [];
  const recent = (ms: number, now: number) => admitted.filter((t) => t > now - ms);
  return {
    admitted,
    recent,
    take(now) {
      let wait = 0;
      for (const w of windows) {
        const inWindow = recent(w.ms, now);
        if (inWindow.length >= w.max) wait = Math.max(wait, inWindow[inWindow.length - w.max]! + w.ms - now);
      }
      if (wait > 0) return wait;
      admitted.push(now);
      return 0;
    },
  };
}
