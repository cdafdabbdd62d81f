/**
 * The xclade connector against a real Medusa v2 (see backend.ts): what the fakes only
 * claim, checked on the real server. After every write the price list is read back through
 * Medusa's own API: exactly one price per variant and currency, with the expected amount.
 */
import { describe, expect, it } from 'vitest';
import { planRevert, type JournalRow } from '../../shared/submission';
import { Redactor } from '../../electron/core/redact';
import { runSubmission } from '../../electron/core/submission/engine';
import { TOKEN_LIFETIME_SECONDS } from './backend';
import { medusaTestbed, PRICED, startAmount } from './testbed';

const t = medusaTestbed();
const noProgress = { signal: new AbortController().signal, onProgress: () => undefined };

describe('xclade against a real Medusa: reading', () => {
  it('loads every SKU with its list price, and variants without one as no price', async () => {
    const rows = await t.client().loadCatalog(noProgress);
    expect(rows.map((r) => r.sku).sort()).toEqual(t.shop.variants.map((v) => v.sku).sort());
    for (const [i, v] of t.shop.variants.entries()) {
      const row = rows.find((r) => r.sku === v.sku)!;
      expect(row, v.sku).toMatchObject({ key: v.id, price: i < PRICED ? startAmount(i).toFixed(2) : null, currency: 'EUR' });
    }
  });

  it('signs in with email and password, and with a secret API key', async () => {
    expect(await t.client().testConnection(new AbortController().signal)).toEqual({
      ok: true,
      message: expect.stringMatching(/^Connected to xclade: price list "PriceDesk test \d+" \(active\) has EUR prices for 8 products\.$/),
      said: { id: 'vendor.xclade.connected', params: { count: 8, currency: 'EUR', duplicated: 0, status: ' (active)', title: expect.stringMatching(/^PriceDesk test \d+$/) } },
      fields: expect.any(Array),
    });
    const withKey = t.client(undefined, t.connection({ authMode: 'secretKey' }, { secretKey: t.shop.secretKey }));
    expect(await withKey.testConnection(new AbortController().signal)).toMatchObject({ ok: true });
    expect((await withKey.loadCatalog(noProgress)).filter((r) => r.price !== null)).toHaveLength(PRICED);
  });

  it('learns a price field per currency from the store (EUR default, SEK) and the list', async () => {
    const result = await t.client().testConnection(new AbortController().signal);
    const fields = result.ok ? result.fields : [];
    expect(fields.map((f) => [f.id, f.currency, f.primary])).toEqual([
      ['price.EUR', 'EUR', true],
      ['price.SEK', 'SEK', false],
    ]);
  });

  it('gives every row its price in each currency of the list (EUR and SEK), from the reads the catalog makes', async () => {
    await t.admin.addPrices(t.state.listId, [
      { variantId: t.variant(0).id, amount: 115, currency: 'sek' },
      { variantId: t.variant(1).id, amount: 126.5, currency: 'sek' },
    ]);
    const rows = await t.client().loadCatalog(noProgress);
    const prices = (i: number) => rows.find((r) => r.key === t.variant(i).id)?.prices;
    expect(prices(0)).toEqual({ 'price.EUR': startAmount(0).toFixed(2), 'price.SEK': '115.00' });
    expect(prices(1)).toEqual({ 'price.EUR': startAmount(1).toFixed(2), 'price.SEK': '126.50' });
    expect(prices(2)).toEqual({ 'price.EUR': startAmount(2).toFixed(2), 'price.SEK': null });
    expect(rows.find((r) => r.key === t.variant(0).id)?.price).toBe(startAmount(0).toFixed(2));
  });

  it('says so in plain words when the password is wrong, and sends nothing else', async () => {
    const wrong = t.client(undefined, t.connection({}, { password: 'not-the-password' }));
    expect(await wrong.testConnection(new AbortController().signal)).toEqual({ ok: false, message: expect.stringContaining('did not accept the admin email or password'), said: { id: 'vendor.xclade.signInRefused' } });
    const results = await wrong.submit([t.update(0, '99.00')], t.options());
    expect(results[0]).toMatchObject({ status: 'error', message: expect.stringMatching(/^Nothing was sent: .*xclade did not accept the admin email or password/) });
    await t.expectList(t.startingList());
  });

  it('signs in again when the token has expired, and loses nothing', async () => {
    const client = t.client();
    await client.testConnection(new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve, (TOKEN_LIFETIME_SECONDS + 2) * 1000));
    const results = await client.submit([t.update(1, '19.99')], t.options());
    expect(results[0]).toMatchObject({ status: 'ok' });
    expect(t.state.log.lines.some((l) => l.includes('token refused, signing in again'))).toBe(true);
    await t.expectList(t.startingList({ 1: 19.99 }));
  });

  it('reads current prices for the stale check and verify, as Medusa has them now', async () => {
    await t.admin.call('POST', `/admin/price-lists/${t.state.listId}/prices/batch`, {
      update: [{ id: (await t.admin.listPrices(t.state.listId)).find((p) => p.variantId === t.variant(2).id)!.id, variant_id: t.variant(2).id, amount: 99 }],
    });
    const now = await t.client().readPrices!([t.update(2, '1'), t.update(9, '1', null)], noProgress);
    expect(Object.fromEntries(now)).toEqual({ [t.variant(2).id]: '99.00', [t.variant(9).id]: null });
  });
});

describe('xclade against a real Medusa: writing', () => {
  it('updates, creates and removes in mixed batches of several requests, one price per variant', async () => {
    const changes = [t.update(0, '20.00'), t.update(1, '21.10'), t.update(8, '5.55', null), t.update(2, '22.00'), t.update(9, '6.60', null), t.removal(3), t.update(4, '24.00'), t.removal(5)];
    const results = await t.send(changes, 3);
    expect(results.map((r) => [r.sku, r.status])).toEqual(changes.map((c) => [c.sku, 'ok']));
    await t.expectList(t.startingList({ 0: 20, 1: 21.1, 2: 22, 3: undefined, 4: 24, 5: undefined, 8: 5.55, 9: 6.6 }));
  });

  it('changes nothing when the same prices are sent twice: no second price is created', async () => {
    const changes = [t.update(0, '30.00'), t.update(10, '7.70', null)];
    await t.send(changes);
    const again = await t.send([t.update(0, '30.00', '30.00'), t.update(10, '7.70', '7.70')]);
    expect(again.map((r) => r.status)).toEqual(['ok', 'ok']);
    await t.expectList(t.startingList({ 0: 30, 10: 7.7 }));
  });

  it('refuses a variant that already has two prices in the list, naming both, and removing leaves none', async () => {
    // What an older PriceDesk (or anyone's batch create) left behind: a second price beside the first.
    await t.admin.addPrices(t.state.listId, [{ variantId: t.variant(6).id, amount: 7 }]);
    const shown = (await t.client().loadCatalog(noProgress)).find((r) => r.key === t.variant(6).id);
    expect(shown).toMatchObject({
      price: '16.50',
      notice: expect.stringContaining('2 EUR prices for this product (16.50 and 7.00)'),
      noticeSaid: { id: 'vendor.xclade.duplicateNotice', params: { count: 2, currency: 'EUR', amounts: ['16.50', '7.00'] } },
    });
    const [refused] = await t.send([t.update(6, '40.00')]);
    expect(refused).toMatchObject({ status: 'error', code: 'duplicate_price', message: expect.stringContaining('2 EUR prices for this product (16.50 and 7.00)') });
    expect((await t.admin.listPrices(t.state.listId)).filter((p) => p.variantId === t.variant(6).id).map((p) => p.amount).sort()).toEqual([16.5, 7]);
    expect(await t.send([t.removal(6)])).toMatchObject([{ status: 'ok' }]);
    expect(await t.send([t.update(6, '40.00', null)])).toMatchObject([{ status: 'ok' }]);
    await t.expectList(t.startingList({ 6: 40 }));
  });

  it('settles each row from the list when a variant was deleted between load and send', async () => {
    const [gone] = await t.admin.createProduct(`Discontinued ${Date.now()}`, [`GONE-${Date.now()}`]);
    const rows = await t.client().loadCatalog(noProgress);
    expect(rows.some((r) => r.key === gone!.id)).toBe(true);
    await t.admin.deleteProduct(gone!.productId);
    const changes = [t.update(0, '50.00'), { ...t.update(0, '3.00', null), key: gone!.id, sku: gone!.sku, vendorIds: { variantId: gone!.id } }, t.update(1, '51.00')];
    const results = await t.send(changes);
    // Medusa answers the whole batch with an error, yet applies the updates beside the failed create.
    expect(results.map((r) => [r.sku, r.status])).toEqual([
      [t.variant(0).sku, 'ok'],
      [gone!.sku, 'error'],
      [t.variant(1).sku, 'ok'],
    ]);
    expect(results[1]!.message).toMatch(/^Not applied: xclade answered with an error \(".+"\); the price list shows this row unchanged\.$/);
    await t.expectList(t.startingList({ 0: 50, 1: 51 }));
  });

  it('sends a submission through the engine and reverts it from history, every price back', async () => {
    const row = (i: number, oldPrice: string | null, newPrice: string | null): JournalRow => ({ key: t.variant(i).id, sku: t.variant(i).sku, name: t.variant(i).title, oldPrice, newPrice, currency: 'EUR', vendorIds: { variantId: t.variant(i).id } });
    const run = (rows: JournalRow[], revertOf: string | null = null) =>
      runSubmission({ dataDir: t.state.dataDir, log: t.state.log, redactor: new Redactor(), client: t.client(2), connection: { id: 'conn-medusa', label: 'Medusa', vendor: 'xclade' }, rows, source: 'app', revertOf, signal: new AbortController().signal, onProgress: () => undefined, onResults: () => undefined });
    const sent = await run([row(0, '10.50', '60.00'), row(11, null, '8.00'), row(2, '12.50', null)]);
    expect(sent.record.counts).toMatchObject({ ok: 3, error: 0, unknown: 0 });
    await t.expectList(t.startingList({ 0: 60, 2: undefined, 11: 8 }));
    const now = await t.client().readPrices!(sent.record.rows, noProgress);
    const plan = planRevert(sent.record, now);
    expect(plan.flagged).toEqual([]);
    const reverted = await run(plan.changes, sent.id);
    expect(reverted.record.counts).toMatchObject({ ok: 3, error: 0, unknown: 0 });
    await t.expectList(t.startingList());
  });
});
