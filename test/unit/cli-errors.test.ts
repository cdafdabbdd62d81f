import { describe, expect, it } from 'vitest';
import { describeFailure, exitCodeFor, EXIT_CANCELLED, UsageError } from '../../electron/cli/errors';
import { AppError } from '../../electron/core/errors';
import { Redactor } from '../../electron/core/redact';

describe('how the CLI reports a failure', () => {
  it('masks secrets in the one line it prints', () => {
    const redactor = new Redactor();
    redactor.add('kept-key-0123456789');
    const vendor = new AppError('vendor_error', 'Acme said: {"access_token": "at-123456"} for kept-key-0123456789');
    const line = describeFailure(vendor, redactor);
    expect(line).toContain('Acme said');
    expect(line).not.toMatch(/at-123456|kept-key-0123456789/);
    expect(describeFailure(new TypeError('Bearer eyJhbGciOiJIUzI1NiJ9.e30.x rejected'), redactor)).toBe('Unexpected error: Bearer [redacted] rejected');
  });

  it('exits 130 when Ctrl-C cancelled the command, 2 for usage', () => {
    expect(exitCodeFor(new AppError('cancelled', 'Cancelled.'))).toBe(EXIT_CANCELLED);
    expect(EXIT_CANCELLED).toBe(130);
    expect(exitCodeFor(new UsageError('bad'))).toBe(2);
  });
});
