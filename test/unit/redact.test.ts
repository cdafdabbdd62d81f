import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../../electron/core/redact';

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

  it('masks credential JSON fields, bare bearer tokens and prefixed query names', () => {
    const r = new Redactor();
    const body = '{"user":"bob","password":"hunter2!","token": "t-1","access_token":"at-2","authorization":"Basic dXNlcjpw","n":5}';
    expect(r.redact(body)).toBe('{"user":"bob","password":"[redacted]","token": "[redacted]","access_token":"[redacted]","authorization":"[redacted]","n":5}');
    expect(r.redact('{"pass\\"word":"x","api_key": 123456}')).toContain('"api_key": "[redacted]"');
    expect(r.redact('The token Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig was refused')).toBe('The token Bearer [redacted] was refused');
    expect(r.redact('GET /oauth?client_secret=cs1&refresh_token=rt2&api_secret=as3&sort=name')).toBe(
      'GET /oauth?client_secret=[redacted]&refresh_token=[redacted]&api_secret=[redacted]&sort=name',
    );
    expect(r.redact('grant_type=refresh_token&refresh_token=rt2')).toBe('grant_type=refresh_token&refresh_token=[redacted]');
  });

  it('leaves ordinary words alone', () => {
    const r = new Redactor();
    for (const text of ['Bearer tokens are required', 'basic settings are fine', '{"keys":"a","message":"Price too low"}']) expect(r.redact(text)).toBe(text);
  });

  it('redacts before cutting, so a secret across the cut leaks no part of itself', () => {
    const r = new Redactor();
    r.add('straddling-secret-0123456789');
    const text = `${'x'.repeat(490)}straddling-secret-0123456789 and more`;
    const cut = r.excerpt(text, 500);
    expect(cut).not.toContain('straddl');
    expect(cut.length).toBeLessThanOrEqual(501);
    // The wrong order, for contrast: cut first and the start of the secret shows.
    expect(r.redact(text.slice(0, 500))).toContain('straddl');
  });

  it('masks a report\'s words all the way down: message, vendor words, parameters, inner words and lists', () => {
    const r = new Redactor();
    r.add('s3cr3t-key-value');
    const leak = 'key s3cr3t-key-value here';
    const masked = r.reported({
      message: leak,
      vendorMessage: leak,
      said: { id: 'vendor.geins.noPriceList', params: { id: 7, lists: [leak, { id: 'vendor.geins.list', params: { id: 1, name: leak, notes: [leak] } }] } },
    });
    expect(JSON.stringify(masked)).not.toContain('s3cr3t-key-value');
    expect(masked.said!.params!.id).toBe(7);
    expect(JSON.stringify(masked).split(REDACTED).length - 1).toBe(5);
  });
});
