/** The helpers every connector shares (electron/vendors/common): batching, decimals, row results. */
import { describe, expect, it } from 'vitest';
import type { PriceUpdate, RowResult } from '../../../shared/types';
import { HttpError } from '../../../electron/core/http';
import { AppError } from '../../../electron/core/errors';
import { parseVendorAnswer } from '../../../electron/vendors/common/answers';
import { chunks, planBatches } from '../../../electron/vendors/common/batches';
import { decimalFrom, decimalText, fitsDecimals } from '../../../electron/vendors/common/decimals';
import { createSettler, failedRequestRows, notSent } from '../../../electron/vendors/common/results';
import { failedTest } from '../../../electron/vendors/common/test-failure';
import type { OperationProgress } from '../../../electron/vendors/types';
import { z } from 'zod';

const change = (sku: string): PriceUpdate => ({ key: `k-${sku}`, sku, oldPrice: null, newPrice: '1.00', currency: 'EUR', vendorIds: {} });

describe('batching', () => {
  it('cuts requests at the size and starts a new one when a key repeats', () => {
    const skus = ['a', 'b', 'A', 'c', 'd', 'e'];
    expect(planBatches(skus, 3, (s) => s.toLowerCase())).toEqual([['a', 'b'], ['A', 'c', 'd'], ['e']]);
    expect(planBatches([], 3, String)).toEqual([]);
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('vendor decimals', () => {
  it('reads numbers and numeric text without float arithmetic, keeping every decimal the vendor sent', () => {
    expect(decimalText(12.5)).toBe('12.50');
    expect(decimalText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(decimalText(' 9.9457 ')).toBe('9.9457');
    expect(decimalText(0)).toBe('0.00');
    expect(decimalFrom(null)).toBeNull();
    expect(decimalFrom('')).toBeNull();
    expect(decimalFrom('twelve')).toBeNull();
    expect(() => decimalText('twelve')).toThrow();
  });

  it('checks a decimal limit by value, so trailing zeros fit', () => {
    expect(fitsDecimals('12.5000', 2)).toBe(true);
    expect(fitsDecimals('12.345', 2)).toBe(false);
    expect(fitsDecimals('12.3456', 4)).toBe(true);
  });
});

describe('answers', () => {
  it('names the field that did not fit', () => {
    expect(() => parseVendorAnswer('Acme', z.object({ id: z.number() }), { id: 'x' }, 'a product')).toThrow(
      new AppError('vendor_error', 'Acme sent a product PriceDesk could not read (id: Invalid input: expected number, received string).', {
        said: { id: 'vendor.unreadableAnswer', params: { vendor: 'Acme', field: 'id', reason: 'Invalid input: expected number, received string' } },
      }),
    );
    expect(parseVendorAnswer('Acme', z.object({ id: z.number() }), { id: 3 }, 'a product')).toEqual({ id: 3 });
  });
});

describe('row results', () => {
  const sent = [change('A'), change('B')];

  it('marks rows of a request without an answer or with a server error unknown, a refusal error, a cancelled 429 skipped', () => {
    expect(failedRequestRows('Acme', sent, new HttpError(0, 'No answer from Acme.', undefined), false)[0]).toEqual({
      key: 'k-A',
      sku: 'A',
      status: 'unknown',
      message: 'No answer from Acme. Whether Acme applied this price is unknown: check it before sending again.',
      code: 'no_answer',
      said: { id: 'row.noAnswerUnknown', params: { vendor: 'Acme' } },
    });
    expect(failedRequestRows('Acme', sent, new HttpError(503, 'Down.', undefined), false).map((r) => [r.status, r.code])).toEqual([
      ['unknown', 'http_503'],
      ['unknown', 'http_503'],
    ]);
    expect(failedRequestRows('Acme', sent, new HttpError(400, 'Bad.', undefined), false)[1]).toMatchObject({ status: 'error', message: 'Bad.', code: 'http_400' });
    // A refusal keeps the failure's own words: ours by id, the vendor's apart.
    const refusal = new HttpError(422, 'Acme rejected the request (HTTP 422). Acme said: "Too cheap"', undefined, { said: { id: 'http.rejected', params: { vendor: 'Acme', status: 422 } }, vendorMessage: 'Too cheap' });
    expect(failedRequestRows('Acme', sent, refusal, false)[0]).toMatchObject({ status: 'error', said: { id: 'http.rejected' }, vendorMessage: 'Too cheap' });
    expect(failedRequestRows('Acme', sent, new HttpError(429, 'Slow down.', undefined), true)[0]).toMatchObject({ status: 'skipped', message: 'Cancelled before it was sent.' });
    expect(notSent(sent, 'the key was refused.')[0]).toEqual({ key: 'k-A', sku: 'A', status: 'skipped', message: 'Not sent: the key was refused.', code: 'not_sent' });
  });

  it('settles results by position, streams them, reports progress, and leaves nothing without a result', () => {
    const changes = [change('A'), change('B'), change('C')];
    const progress: OperationProgress[] = [];
    const streamed: RowResult[] = [];
    const settler = createSettler(changes, { onProgress: (p) => progress.push(p), onResults: (r) => streamed.push(...r) });
    settler.settle([{ change: changes[1]!, index: 1 }], [{ key: 'k-B', sku: 'B', status: 'ok', message: null, code: null }]);
    settler.onWait(250);
    expect(settler.unsettled().map((e) => e.index)).toEqual([0, 2]);
    settler.cancel([{ change: changes[2]!, index: 2 }]);
    expect(settler.done()).toBe(2);
    expect(progress).toEqual([{ done: 1, total: 3 }, { done: 1, total: 3, waitMs: 250 }, { done: 2, total: 3 }]);
    expect(streamed.map((r) => r.status)).toEqual(['ok', 'skipped']);
    expect(settler.finish().map((r) => [r.sku, r.status, r.message])).toEqual([
      ['A', 'unknown', 'No result was recorded for this row.'],
      ['B', 'ok', null],
      ['C', 'skipped', 'Cancelled before it was sent.'],
    ]);
  });
});

describe('connection test failures', () => {
  const live = new AbortController().signal;

  it('uses the connector’s words for an HTTP failure where it has them, else the error’s own message', () => {
    const explain = (e: HttpError) => (e.status === 401 ? { message: 'Wrong key.' } : undefined);
    expect(failedTest(new HttpError(401, 'HTTP 401', undefined), live, explain)).toEqual({ ok: false, message: 'Wrong key.' });
    expect(failedTest(new HttpError(500, 'Acme had a problem.', undefined), live, explain)).toEqual({ ok: false, message: 'Acme had a problem.' });
    expect(failedTest(new AppError('invalid_request', 'Enter the key.'), live)).toEqual({ ok: false, message: 'Enter the key.' });
  });

  it('rethrows programming errors and the caller’s own abort', () => {
    expect(() => failedTest(new TypeError('bug'), live)).toThrow('bug');
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('aborted', 'AbortError');
    expect(() => failedTest(abort, controller.signal)).toThrow('aborted');
  });
});
