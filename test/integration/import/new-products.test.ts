import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergePlan } from '../../../renderer/features/import/merge-plan';
import { pendingChanges, useGrid } from '../../../renderer/features/grid/slice';
import { createServices, type Services } from '../../../electron/core/services';
import { runImport } from '../../../shared/import/pipeline';
import { DEFAULT_LIMITS } from '../../../shared/import/types';
import { previewRow } from '../../../shared/preview';
import type { CatalogRow, ConnectionSummary, RowResult, VendorDescription } from '../../../shared/types';
import { startCin7Fake, type Cin7Fake } from '../../fakes/cin7';
import { textBytes } from '../../support/import-fixtures';
import { testHost } from '../../support/host';

let fake: Cin7Fake;
let services: Services;

async function data<T>(channel: string, payload: unknown): Promise<T> {
  const answer = await services.registry.invoke(channel, payload);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.data as T;
}

beforeEach(async () => {
  fake = await startCin7Fake({ optionCount: 6 });
  services = createServices(await testHost());
});
afterEach(async () => {
  await fake.close();
});

describe('a new product from an import, through the real handlers to Cin7 Omni', () => {
  it('is created with POST v1/Products, with its name, next to an ordinary price update', async () => {
    const saved = await data<ConnectionSummary>('connections:save', { label: 'Omni', vendor: 'cin7', settings: { baseUrl: `${fake.url}/api/`, username: fake.username } });
    await data('connections:setSecret', { id: saved.id, secret: { apiKey: fake.apiKey } });
    const { rows } = await data<{ rows: CatalogRow[] }>('catalog:load', { connectionId: saved.id });
    const vendors = await data<VendorDescription[]>('vendors:list', {});
    const cin7 = vendors.find((v) => v.id === 'cin7')!;
    expect(cin7.capabilities.createsProducts).toBe(true);
    const existing = rows[0]!;

    // The worker's pipeline on the file, with the connection's catalog and rules.
    const file = textBytes(`SKU,Name,New price\n${existing.sku},${existing.name},25.00\nMUG-NEW-1,Blue enamel mug,14.50\n`);
    const { report } = await runImport(file, 'supplier.csv', {
      limits: DEFAULT_LIMITS,
      catalog: rows.map(({ key, sku, price, cost, currency }) => ({ key, sku, price, cost, currency })),
      rules: { maxDecimals: cin7.capabilities.maxDecimals, createsProducts: true, maxChangePercent: 30, vendorName: cin7.displayName },
    });
    expect(report.newProducts).toEqual([{ row: 3, sku: 'MUG-NEW-1', price: '14.50', name: 'Blue enamel mug', cost: null, currency: null }]);

    // The renderer's merge: one applyEdits call with the new rows, then the pending changes as "Send" builds them.
    useGrid.setState({ connectionId: saved.id, rows, edits: {}, problems: {}, results: {}, history: { past: [], future: [] } });
    const plan = mergePlan(report, rows, true);
    useGrid.getState().applyEdits(plan.edits, 'Import supplier.csv', { addRows: plan.rows });
    const changes = pendingChanges(useGrid.getState());
    expect(changes.map((c) => [c.key, c.oldPrice, c.newPrice, c.currency])).toEqual([
      [existing.key, existing.price, '25.00', 'NZD'],
      ['new:MUG-NEW-1', null, '14.50', 'NZD'],
    ]);
    expect(previewRow({ ...changes[1]!, name: 'Blue enamel mug', cost: null }).flags).toEqual(['new_product']);

    const sent = await data<{ results: RowResult[] }>('changes:submit', { connectionId: saved.id, changes });
    expect(sent.results.map((r) => [r.key, r.status])).toEqual(
      expect.arrayContaining([
        [existing.key, 'ok'],
        ['new:MUG-NEW-1', 'ok'],
      ]),
    );
    const created = fake.option('MUG-NEW-1');
    expect(created?.retailPrice).toBe('14.50');
    const post = fake.served().find((r) => r.method === 'POST' && r.path === '/api/v1/Products')!;
    // Created hidden: the connection leaves the new-products setting at its default.
    expect(post.body).toEqual([{ name: 'Blue enamel mug', status: 'Inactive', productOptions: [{ productOptionCode: 'MUG-NEW-1', retailPrice: 14.5 }] }]);
    expect(fake.option(existing.sku)?.priceColumns.retailNZD).toBe('25.00');
  });
});
