import type { Logger } from '../../electron/core/log';

/** A logger that keeps lines in memory, so tests can assert what was (not) logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`INFO ${m}`),
    warn: (m) => lines.push(`WARN ${m}`),
    error: (m, e) => lines.push(`ERROR ${m} ${e instanceof Error ? e.message : String(e ?? '')}`),
  };
}
