/**
 * Talking to the real Medusa as its admin would, to seed it and to check what PriceDesk did:
 * store currencies, products with variants, price lists, a secret API key, and reading a
 * price list back. Everything goes through Medusa's admin API, never its database.
 */
export interface SeededVariant {
  id: string;
  sku: string;
  productId: string;
  title: string;
}

export interface Seeded {
  url: string;
  secretKey: string;
  variants: SeededVariant[];
}

/** One price of a list as Medusa stores it (amount as Medusa answers it). */
export interface ListPrice {
  id: string;
  variantId: string;
  currency: string;
  amount: number;
}

export class MedusaAdmin {
  constructor(
    readonly url: string,
    private readonly authorization: string,
  ) {}

  static async signIn(url: string, email: string, password: string): Promise<MedusaAdmin> {
    const response = await fetch(`${url}/auth/user/emailpass`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (!response.ok) throw new Error(`admin sign-in failed: ${response.status} ${await response.text()}`);
    const { token } = (await response.json()) as { token: string };
    return new MedusaAdmin(url, `Bearer ${token}`);
  }

  /** With a secret key: never expires, so checks stay valid however long the suite runs. */
  static withKey(url: string, key: string): MedusaAdmin {
    return new MedusaAdmin(url, `Basic ${Buffer.from(`${key}:`).toString('base64')}`);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { authorization: this.authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  /** A new price list holding these prices (amounts in major units, as Medusa takes them). */
  async createPriceList(title: string, prices: { variantId: string; amount: number; currency?: string }[]): Promise<string> {
    const { price_list } = await this.call<{ price_list: { id: string } }>('POST', '/admin/price-lists', {
      title,
      description: 'PriceDesk test',
      type: 'override',
      status: 'active',
      prices: prices.map((p) => ({ variant_id: p.variantId, amount: p.amount, currency_code: p.currency ?? 'eur' })),
    });
    return price_list.id;
  }

  /** Adds prices to a list as Medusa's batch create does (a second price for a variant included). */
  async addPrices(listId: string, prices: { variantId: string; amount: number; currency?: string }[]): Promise<void> {
    await this.call('POST', `/admin/price-lists/${listId}/prices/batch`, { create: prices.map((p) => ({ variant_id: p.variantId, amount: p.amount, currency_code: p.currency ?? 'eur' })) });
  }

  /** Every price of the list, read through the paged prices endpoint. */
  async listPrices(listId: string): Promise<ListPrice[]> {
    const out: ListPrice[] = [];
    for (let offset = 0; ; ) {
      const page = await this.call<{ prices: { id: string; currency_code: string; amount: number; price_set: { variant: { id: string } } }[]; count: number }>(
        'GET',
        `/admin/price-lists/${listId}/prices?fields=id,amount,currency_code,price_set.variant.id&order=id&limit=100&offset=${offset}`,
      );
      out.push(...page.prices.map((p) => ({ id: p.id, variantId: p.price_set.variant.id, currency: p.currency_code, amount: p.amount })));
      offset += page.prices.length;
      if (!page.prices.length || offset >= page.count) return out;
    }
  }

  /** A product with one variant per SKU (each with a base price), for tests that delete or add. */
  async createProduct(title: string, skus: string[]): Promise<SeededVariant[]> {
    const { product } = await this.call<{ product: { id: string; variants: { id: string; sku: string; title: string }[] } }>('POST', '/admin/products', {
      title,
      status: 'published',
      options: [{ title: 'Size', values: skus }],
      variants: skus.map((sku, i) => ({ title: sku, sku, options: { Size: sku }, prices: [{ currency_code: 'eur', amount: 10 + i }] })),
    });
    return product.variants.map((v) => ({ id: v.id, sku: v.sku, productId: product.id, title: v.title }));
  }

  async deleteProduct(productId: string): Promise<void> {
    await this.call('DELETE', `/admin/products/${productId}`);
  }
}

/** The shop every test starts from: EUR and SEK, 12 products (one with two sizes), a secret key. */
export async function seedShop(url: string, email: string, password: string): Promise<Seeded> {
  // Admin tokens are short-lived here: sign in once, make a secret key, and seed with the key.
  const signedIn = await MedusaAdmin.signIn(url, email, password);
  const { api_key } = await signedIn.call<{ api_key: { token: string } }>('POST', '/admin/api-keys', { title: 'PriceDesk tests', type: 'secret' });
  const admin = MedusaAdmin.withKey(url, api_key.token);
  const { stores } = await admin.call<{ stores: { id: string }[] }>('GET', '/admin/stores');
  await admin.call('POST', `/admin/stores/${stores[0]!.id}`, { supported_currencies: [{ currency_code: 'eur', is_default: true }, { currency_code: 'sek' }] });
  const variants: SeededVariant[] = [];
  for (let i = 1; i <= 12; i++) {
    const sku = `MED-${String(i).padStart(3, '0')}`;
    // Product 12 has two sizes, so a product with several variants is part of every catalog.
    variants.push(...(await admin.createProduct(`Test product ${i}`, i === 12 ? [`${sku}-S`, `${sku}-L`] : [sku])));
  }
  return { url, secretKey: api_key.token, variants };
}
