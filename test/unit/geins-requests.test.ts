import { describe, expect, it } from 'vitest';
import { planPuts } from '../../electron/vendors/geins/requests';

const price = (listId: number, writeId: string) => ({ listId, writeId });
const shape = (puts: { listId: number; writeId: string }[][]) => puts.map((p) => p.map((e) => `${e.listId}:${e.writeId}`));

describe('Geins PUT planning', () => {
  it('puts the prices of several lists for one product in one request when they share pricesIncVat', () => {
    const puts = planPuts([price(1000000, '10001'), price(1000001, '10001'), price(2000000, '10001'), price(1000000, '10002')], 500, () => true);
    expect(shape(puts)).toEqual([['1000000:10001', '1000001:10001', '2000000:10001', '1000000:10002']]);
  });

  it('makes one group per VAT basis, since pricesIncVat belongs to the request', () => {
    const exVat = new Set([2000000]);
    const puts = planPuts([price(1000000, '1'), price(2000000, '1'), price(1000001, '1'), price(2000000, '2')], 500, (id) => !exVat.has(id));
    expect(shape(puts)).toEqual([['1000000:1', '1000001:1'], ['2000000:1', '2000000:2']]);
  });

  it('cuts at the batch size counting prices, and never holds one (list, product) twice', () => {
    expect(shape(planPuts([price(1, 'a'), price(2, 'a'), price(3, 'a')], 2, () => true))).toEqual([['1:a', '2:a'], ['3:a']]);
    expect(shape(planPuts([price(1, 'ART-1'), price(1, 'art-1'), price(2, 'art-1')], 500, () => true))).toEqual([['1:ART-1'], ['1:art-1', '2:art-1']]);
  });
});
