/**
 * A vendor that keeps saying "more pages" with fresh products forever (Geins' HasMoreRows
 * with no PageCount, here) is read up to the page ceiling and no further, with a message
 * naming it. The loopback test lowers the ceiling (thousands of requests would take a
 * minute here); the pure counter is checked at the real MAX_CATALOG_PAGES.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../electron/core/http';
import { Redactor } from '../../../electron/core/redact';
import { MAX_CATALOG_PAGES, pageCeiling } from '../../../electron/vendors/common/paging';
import { queryProducts } from '../../../electron/vendors/geins/requests';
import { startFake, type FakeServer } from '../../fakes/kit';
import { memoryLogger } from '../../support/quiet-log';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the page ceiling', () => {
  it('stops an endless listing at the ceiling and names it', async () => {
    // Hostile, not documented behaviour: every page new products and HasMoreRows true.
    server = await startFake((req) => {
      const page = Number(req.path.split('/').pop());
      return { status: 200, json: { Resource: [{ ProductId: page, ArticleNumber: `A-${page}` }], PageResult: { BatchId: 'b1', Page: page, HasMoreRows: true } } };
    });
    const http = createHttpClient({ baseUrl: server.url, log: memoryLogger(), redactor: new Redactor(), vendorName: 'Geins', timeoutMs: 5000 });
    let read = 0;
    const error = await queryProducts(http, {}, new AbortController().signal, (products) => (read += products.length), 40).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'Geins kept sending more pages: PriceDesk stopped after 40 pages, the most it reads for one catalog. Nothing was changed; ask Geins whether the product list is as large as that.',
    );
    expect(server.requests).toHaveLength(40);
    expect(read).toBe(40);
  });

  it(`lets exactly MAX_CATALOG_PAGES (${MAX_CATALOG_PAGES}) pages through by default and names it past that`, () => {
    const next = pageCeiling('Acme');
    for (let page = 1; page <= MAX_CATALOG_PAGES; page++) next();
    expect(next).toThrow(`stopped after ${MAX_CATALOG_PAGES.toLocaleString('en')} pages`);
  });
});
