/**
 * The demo shop's catalog: about 500 believable products, generated from a fixed seed so
 * every new install (and every test) starts from the same prices.
 */
import { Big } from '../../../shared/money';

export interface SandboxProduct {
  id: string;
  sku: string;
  name: string;
  // null once a price is removed.
  price: string | null;
  cost: string | null;
  currency: string;
  vatIncluded: boolean;
  /** The demo's grouping fields, so "all Coffee products" is one filter (absent in files written before they existed). */
  category?: string;
  brand?: string;
}

const FAMILIES: { prefix: string; category: string; brands: string[]; nouns: string[]; min: number; max: number }[] = [
  { prefix: 'COF', category: 'Coffee', brands: ['Nordic Roast', 'Bean & Co'], nouns: ['Espresso Beans', 'Filter Coffee', 'Cold Brew Pack', 'Decaf Roast', 'Single Origin Beans'], min: 6, max: 38 },
  { prefix: 'TEA', category: 'Tea', brands: ['Leaf House', 'Camellia'], nouns: ['Green Tea', 'Earl Grey', 'Rooibos', 'Chai Blend', 'Herbal Infusion'], min: 4, max: 24 },
  { prefix: 'KIT', category: 'Kitchen', brands: ['Forge', 'Oakline'], nouns: ['Chef Knife', 'Cutting Board', 'Cast Iron Pan', 'Mixing Bowl Set', 'Pepper Mill'], min: 12, max: 180 },
  { prefix: 'HOM', category: 'Home', brands: ['Hearth', 'Linnea'], nouns: ['Linen Napkins', 'Wool Throw', 'Scented Candle', 'Ceramic Vase', 'Cushion Cover'], min: 8, max: 120 },
  { prefix: 'OUT', category: 'Outdoor', brands: ['Fjellvind', 'Trailmark'], nouns: ['Trail Backpack', 'Water Bottle', 'Camping Mug', 'Headlamp', 'Rain Poncho'], min: 9, max: 240 },
  { prefix: 'STA', category: 'Stationery', brands: ['Papyr', 'Inkwell'], nouns: ['Notebook A5', 'Fountain Pen', 'Desk Organiser', 'Sticky Notes', 'Paper Clips Box'], min: 2, max: 65 },
];
const VARIANTS = ['Small', 'Medium', 'Large', 'Classic', 'Organic', 'Black', 'Natural', 'Blue', 'Grey', 'Travel', 'Pro', 'Mini'];
const ENDINGS = ['0.99', '0.95', '0.50', '0.00', '0.90'];

/** mulberry32: small, fast and deterministic, which is all a demo catalog needs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDemoCatalog(count = 500, seed = 20261121): SandboxProduct[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const products: SandboxProduct[] = [];
  for (let i = 0; i < count; i++) {
    const family = FAMILIES[i % FAMILIES.length]!;
    const whole = Math.floor(family.min + random() * (family.max - family.min));
    // Build the price from integer parts and a decimal ending: no float money.
    const price = new Big(whole).plus(pick(ENDINGS));
    const marginPercent = 25 + Math.floor(random() * 40); // 25..64 % margin
    const cost = random() < 0.1 ? null : price.times(100 - marginPercent).div(100).round(2).toFixed(2);
    products.push({
      id: String(100001 + i),
      sku: `${family.prefix}-${String(1001 + i).padStart(5, '0')}`,
      name: `${pick(VARIANTS)} ${pick(family.nouns)}`,
      price: price.toFixed(2),
      cost,
      currency: 'EUR',
      vatIncluded: true,
      category: family.category,
      // From the index, not the random stream: the demo's prices stay what they always were.
      brand: family.brands[Math.floor(i / FAMILIES.length) % family.brands.length]!,
    });
  }
  return products;
}
