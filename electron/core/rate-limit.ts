/**
 * A client-side limiter so the app never trips a vendor's documented limit: at most
 * `requests` starts in any window of `perMs`. Waits are reported so the UI can say
 * "waiting 12 s for the rate limit".
 */
export interface RateLimiter {
  /** Resolves when a request may start; rejects with the signal's reason on abort. */
  acquire(signal?: AbortSignal, onWait?: (ms: number) => void): Promise<void>;
}

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      const timer = setTimeout(done, ms);
      function done() {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }
      function onAbort() {
        clearTimeout(timer);
        reject(signal?.reason as Error);
      }
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export function createRateLimiter(limits: { requests: number; perMs: number }[], clock: Clock = realClock): RateLimiter {
  const starts: number[] = [];
  const longest = Math.max(0, ...limits.map((l) => l.perMs));
  let queue = Promise.resolve();

  function waitNeeded(now: number): number {
    let wait = 0;
    for (const { requests, perMs } of limits) {
      const inWindow = starts.filter((t) => t > now - perMs);
      if (inWindow.length >= requests) wait = Math.max(wait, inWindow[inWindow.length - requests]! + perMs - now);
    }
    return wait;
  }

  return {
    acquire(signal, onWait) {
      // Serialise acquirers so concurrent callers are admitted in order.
      const turn = queue.then(async () => {
        for (;;) {
          signal?.throwIfAborted();
          const now = clock.now();
          const wait = waitNeeded(now);
          if (wait <= 0) {
            starts.push(now);
            while (starts.length && starts[0]! <= now - longest) starts.shift();
            return;
          }
          onWait?.(wait);
          await clock.sleep(wait, signal);
        }
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
