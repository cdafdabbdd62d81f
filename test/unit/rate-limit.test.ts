import { describe, expect, it } from 'vitest';
import { createRateLimiter, type Clock } from '../../electron/core/rate-limit';

function fakeClock(): Clock & { t: number } {
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
    },
  };
  return clock;
}

describe('the client-side rate limiter', () => {
  it('admits at most N starts in any window and reports the wait', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter([{ requests: 3, perMs: 1000 }], clock);
    const waits: number[] = [];
    const starts: number[] = [];
    for (let i = 0; i < 7; i++) {
      await limiter.acquire(undefined, (ms) => waits.push(ms));
      starts.push(clock.now());
    }
    expect(starts).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
    expect(waits).toEqual([1000, 1000]);
  });

  it('honours the tightest of several windows (3/s and 5/min)', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter([{ requests: 3, perMs: 1000 }, { requests: 5, perMs: 60_000 }], clock);
    const starts: number[] = [];
    for (let i = 0; i < 6; i++) {
      await limiter.acquire();
      starts.push(clock.now());
    }
    expect(starts).toEqual([0, 0, 0, 1000, 1000, 60_000]);
  });

  it('stops waiting when the signal aborts', async () => {
    const limiter = createRateLimiter([{ requests: 1, perMs: 60_000 }]);
    await limiter.acquire();
    const controller = new AbortController();
    const pending = limiter.acquire(controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });
});
