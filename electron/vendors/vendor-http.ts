import { createHttpClient, type HttpClient, type HttpClientOptions } from '../core/http';
import { createRateLimiter } from '../core/rate-limit';
import type { AdapterEnv } from './types';

/**
 * A connector's HTTP client: the shared layer with the vendor's documented limits (scaled
 * by the env's tuning in benchmarks) and the host's logger and redactor.
 */
export function vendorHttp(
  env: AdapterEnv,
  options: Omit<HttpClientOptions, 'log' | 'redactor' | 'limiter'> & { limits?: { requests: number; perMs: number }[] },
): HttpClient {
  const { limits, ...rest } = options;
  const scale = env.tuning?.rateLimitScale ?? 1;
  // 5 % margin on every window: the limiter counts starts, the vendor counts arrivals, and
  // network jitter between the two otherwise provokes the odd 429 (seen against Cin7's fake).
  const limiter = limits?.length ? createRateLimiter(limits.map((l) => ({ requests: l.requests, perMs: l.perMs * scale * 1.05 }))) : undefined;
  return createHttpClient({
    ...rest,
    limiter,
    log: env.log,
    redactor: env.redactor,
    timeoutMs: env.tuning?.timeoutMs ?? rest.timeoutMs,
    backoffMs: env.tuning?.backoffMs ?? rest.backoffMs,
    maxAttempts: env.tuning?.maxAttempts ?? rest.maxAttempts,
  });
}
