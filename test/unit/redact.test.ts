import { describe, expect, it } from 'vitest';
import { Redactor } from '../../electron/core/redact';

describe('the redactor', () => {
  it('masks registered secrets in plain, URL-encoded and base64 form', () => {
    const r = new Redactor();
    r.add('s3cr3t/key+1');
    const text = `key s3cr3t/key+1 url ${encodeURIComponent('s3cr3t/key+1')} basic ${Buffer.from('s3cr3t/key+1').toString('base64')}`;
    expect(r.redact(text)).not.toMatch(/s3cr3t|czNjcjN0/);
  });

  it('masks credential query parameters and auth headers it was never told about', () => {
    const r = new Redactor();
    expect(r.redact('POST /v2/products?API_KEY=abc123&accountId=7')).toBe('POST /v2/products?API_KEY=[redacted]&accountId=7');
    expect(r.redact('Authorization: Bearer eyJhbGciOi.x.y')).toBe('Authorization: [redacted]');
    expect(r.redact('X-ApiKey: 123e4567')).toBe('X-ApiKey: [redacted]');
  });
});
