/**
 * The demo shop's catalog: about 500 believable products, generated from a fixed seed so
 * every new install (and every test) starts from the same prices.
 */
import { Big } from '../../../shared/money';
import { SANDBOX_SECOND_CURRENCY } from './describe';

export interface SandboxProduct {
  id: string;
  sku: string;
  name: string;
  // null once a price is removed.
  price: string | null;
  cost: string | null;
  currency: string;
  vatIncluded: boolean;
  /** The other price fields' prices (describe.ts: `price.SEK`, `wholesale`, `recommended`); null = none. */
  more?: Record<string, string | null>;
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

/** Whole kronor per euro in the demo's second currency: about the real rate, and round. */
const SEK_PER_EUR = 11;

/**
 * A product's other demo prices, plausible against each other: the wholesale tier between
 * cost and price, a recommended price at or above the price (up to +20 %, rounded up to
 * the cent), and the price in SEK at 11 kronor a euro, whole kronor.
 */
export function demoFieldPrices(price: string | null, cost: string | null, random: () => number): Record<string, string | null> {
  const more: Record<string, string | null> = { [`price.${SANDBOX_SECOND_CURRENCY}`]: null, wholesale: null, recommended: null };
  if (price === null) return more;
  const p = new Big(price);
  const share = 40 + Math.floor(random() * 31); // wholesale sits 40..70 % of the way from cost up to price
  const floor = cost === null ? p.times(60).div(100) : new Big(cost);
  more[`price.${SANDBOX_SECOND_CURRENCY}`] = p.times(SEK_PER_EUR).round(0).toFixed(0);
  more.wholesale = floor.plus(p.minus(floor).times(share).div(100)).round(2).toFixed(2);
  more.recommended = p.times(100 + Math.floor(random() * 21)).div(100).round(2, Big.roundUp).toFixed(2);
  return more;
}

/** mulberry32: small, fast and deterministic, which is all a demo catalog needs. */
export function prng(seed: number): () => number {
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
  // Its own sequence, so the other fields leave the names and prices every install knows unchanged.
  const fieldRandom = prng(seed + 1);
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
      more: demoFieldPrices(price.toFixed(2), cost, fieldRandom),
      category: family.category,
      // From the index, not the random stream: the demo's prices stay what they always were.
      brand: family.brands[Math.floor(i / FAMILIES.length) % family.brands.length]!,
    });
  }
  return products;
}
