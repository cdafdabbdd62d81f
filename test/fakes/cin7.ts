/**
 * A fake Cin7 Omni API v1. Sources, and what each behaviour here follows:
 * - api.cin7.com/api/Help (summed up in ../shared/vendors/cin7-omni.md): HTTP Basic auth
 *   (401), `GET v1/ProductOptions` as a bare array paged by `page`/`rows` (rows at most 250)
 *   with `where`, `PUT v1/ProductOptions` (BETA) writing prices only through `PriceColumns`,
 *   BatchResultItem answers `{index, success, id, code, errors}`, ASP.NET error bodies
 *   `{"Message": "..."}`.
 * - `POST v1/Products` (BETA; the seed ../shared/seeds/cin7-omni-post-v1-products.txt): one
 *   product option per product, duplicate style or option codes in one request reject the
 *   whole request with 400, an existing code is "skipped and not created" (`existingCodeOnCreate`
 *   covers both readings), `Status` "will default to Public if not set" (Public, Inactive,
 *   ShowInB2B, Internal), camelCase keys as in its sample.
 * - Public clients' reports of the limits (3/s, 60/min; 429 with Retry-After): the windows
 *   here, scaled by `windowScale` to match the client's `rateLimitScale`.
 * - A PUT record with several `PriceColumns` keys sets them all ("leave fields null to not
 *   update them": a record carries the columns it changes); one BatchResultItem per record.
 * - `GET v1/Products` and `GET v1/Contacts` for the grouping fields: ./cin7-products.ts.
 * Invented where no source says: every key of a record is checked before any is stored (a
 * record fails whole, `success: false` naming the first problem), 403 texts for a connection without the Products module, 413
 * above `maxBatch` (the maximum is unpublished), per-item errors for unknown ids and negative
 * prices, 400 for a status Omni does not list.
 */
import { Big } from '../../shared/money';
import { readContacts, readProducts } from './cin7-products';
import { basicAuth, slidingWindows, startFake, type FakeReply, type FakeRequest, type FakeServer } from './kit';

export interface Cin7Option {
  id: number;
  productId: number;
  code: string;
  option1: string | null;
  retailPrice: string;
  priceColumns: Record<string, string>;
  /** The status of the option's product (Omni's default for a new one: Public). */
  status: string;
}

export interface Cin7FakeOptions {
  username?: string;
  apiKey?: string;
  optionCount?: number;
  /** The account's price columns; the first retail one mirrors RetailPrice. */
  columns?: string[];
  perSecond?: number;
  perMinute?: number;
  /** Multiplies both rate windows (0.01: "per second" becomes per 10 ms). */
  windowScale?: number;
  /** The API connection lacks permission for the Products module: 403. */
  forbidden?: boolean;
  /** How a POST of an existing code is answered (undocumented): an error item, or success without change. */
  existingCodeOnCreate?: 'error' | 'silent';
  /** Most records per PUT/POST; above it 413. */
  maxBatch?: number;
  latencyMs?: number;
}

export interface Cin7Fake extends FakeServer {
  username: string;
  apiKey: string;
  options: Cin7Option[];
  option(code: string): Cin7Option | undefined;
  /** Arrival times of the requests that were let through. */
  admitted: number[];
  refused(): number;
  /** The requests that got past the rate limit (a refused one changed nothing). */
  served(): FakeRequest[];
}

/** `ProductStatus` values of the create endpoint's help page. */
const STATUSES = ['Public', 'Inactive', 'ShowInB2B', 'Internal'];

const message = (status: number, text: string, headers?: Record<string, string>): FakeReply => ({ status, json: { Message: text }, headers });

function lower(raw: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw && typeof raw === 'object' ? raw : {}).map(([k, v]) => [k.toLowerCase(), v]));
}

function priceProblem(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'Price must be a number.';
  if (value < 0) return 'Price cannot be negative.';
  return undefined;
}

/** `Id IN (1,2)`, `Code IN ('A','B')`, `Code='A'`, `Id=5`: what the connector sends. */
function filterFor(where: string | null): (o: Cin7Option) => boolean {
  if (!where) return () => true;
  const m = /^\s*(Id|Code)\s*(?:=\s*(.+)|IN\s*\((.*)\))\s*$/i.exec(where);
  if (!m) throw new Error(`unsupported where ${where}`);
  const values = (m[2] ?? m[3] ?? '').match(/'(?:[^']|'')*'|[^,\s]+/g)?.map((v) => (v.startsWith("'") ? v.slice(1, -1).replace(/''/g, "'") : v)) ?? [];
  return m[1]!.toLowerCase() === 'id' ? (o) => values.includes(String(o.id)) : (o) => values.some((v) => v.toLowerCase() === o.code.toLowerCase());
}

export async function startCin7Fake(opts: Cin7FakeOptions = {}): Promise<Cin7Fake> {
  const username = opts.username ?? 'shop-api';
  const apiKey = opts.apiKey ?? 'cin7-secret-key-81be44c2';
  const columns = opts.columns ?? ['retailNZD', 'wholesalNZD', 'costNZD'];
  const retailColumn = columns.find((c) => c.startsWith('retail'));
  const costColumn = columns.find((c) => c.startsWith('cost'));
  const options: Cin7Option[] = Array.from({ length: opts.optionCount ?? 30 }, (_, i) => {
    const retail = new Big(20 + (i % 60)).plus('0.90');
    const priceColumns: Record<string, string> = {};
    for (const c of columns) priceColumns[c] = c.startsWith('retail') ? retail.toFixed(2) : c.startsWith('cost') ? retail.times('0.5').round(2).toFixed(2) : retail.times('0.8').round(2).toFixed(2);
    return { id: 9001 + i, productId: 501 + Math.floor(i / 3), code: `CN-${String(i + 1).padStart(4, '0')}`, option1: ['Small', 'Medium', 'Large'][i % 3]!, retailPrice: retail.toFixed(2), priceColumns, status: 'Public' };
  });
  const scale = opts.windowScale ?? 1;
  const limit = slidingWindows([
    { max: opts.perSecond ?? 3, ms: 1000 * scale },
    { max: opts.perMinute ?? 60, ms: 60_000 * scale },
  ]);
  let refusedCount = 0;
  const refusedRequests = new Set<FakeRequest>();
  let nextId = 20001;

  function limited(): FakeReply | undefined {
    const wait = limit.take(Date.now());
    if (wait === 0) return undefined;
    refusedCount++;
    return message(429, 'API rate limit exceeded.', { 'Retry-After': (wait / 1000).toFixed(3) });
  }

  const json = (o: Cin7Option) => ({
    id: o.id,
    productId: o.productId,
    code: o.code,
    barcode: null,
    option1: o.option1,
    option2: null,
    option3: null,
    retailPrice: Number(o.retailPrice),
    wholesalePrice: null,
    priceColumns: Object.fromEntries(Object.entries(o.priceColumns).map(([k, v]) => [k, Number(v)])),
    stockAvailable: 3,
  });

  function read(req: FakeRequest): FakeReply {
    const page = Number(req.query.get('page') ?? 1);
    const rows = Number(req.query.get('rows') ?? 50);
    if (!Number.isInteger(rows) || rows < 1 || rows > 250) return message(400, 'rows must be between 1 and 250.');
    const matching = options.filter(filterFor(req.query.get('where')));
    return { status: 200, json: matching.slice((page - 1) * rows, page * rows).map(json) };
  }

  function update(raw: unknown, index: number) {
    const item = lower(raw);
    const option = options.find((o) => o.id === item.id);
    const fail = (error: string) => ({ index, success: false, id: item.id ?? null, code: option?.code ?? null, errors: [error] });
    if (!option) return fail('Product option not found.');
    const changes = item.pricecolumns as Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(changes ?? {})) {
      if (!(key in option.priceColumns)) return fail(`Unknown price column '${key}'.`);
      const problem = priceProblem(value);
      if (problem) return fail(problem);
    }
    for (const [key, value] of Object.entries(changes ?? {})) {
      option.priceColumns[key] = new Big(String(value)).toFixed(2);
      if (key === retailColumn) option.retailPrice = option.priceColumns[key]!;
    }
    return { index, success: true, id: option.id, code: option.code, errors: [] };
  }

  function create(raw: unknown, index: number) {
    const item = lower(raw);
    const optionsIn = Array.isArray(item.productoptions) ? item.productoptions.map(lower) : [];
    const code = typeof optionsIn[0]?.productoptioncode === 'string' ? optionsIn[0].productoptioncode : '';
    const fail = (error: string) => ({ index, success: false, id: null, code: code || null, errors: [error] });
    if (typeof item.name !== 'string' || !item.name || item.name.length > 250) return fail('Name is required (at most 250 characters).');
    if (optionsIn.length !== 1) return fail('Exactly one product option is supported.');
    if (!code || code.length > 20) return fail('ProductOptionCode is required (at most 20 characters).');
    const problem = priceProblem(optionsIn[0]!.retailprice);
    if (problem) return fail(problem);
    const status = item.status ?? 'Public';
    if (typeof status !== 'string' || !STATUSES.includes(status)) return fail(`Status '${String(status)}' is not one of ${STATUSES.join(', ')}.`);
    const existing = options.find((o) => o.code.toLowerCase() === code.toLowerCase());
    if (existing) {
      return opts.existingCodeOnCreate === 'silent' ? { index, success: true, id: existing.productId, code, errors: [] } : fail(`Product option code '${code}' already exists.`);
    }
    const retail = new Big(String(optionsIn[0]!.retailprice)).toFixed(2);
    const priceColumns: Record<string, string> = {};
    if (retailColumn) priceColumns[retailColumn] = retail;
    if (costColumn && typeof optionsIn[0]!.cost === 'number') priceColumns[costColumn] = new Big(String(optionsIn[0]!.cost)).toFixed(2);
    const productId = nextId++;
    options.push({ id: nextId++, productId, code, option1: null, retailPrice: retail, priceColumns, status });
    return { index, success: true, id: productId, code, errors: [] };
  }

  function write(req: FakeRequest, kind: 'update' | 'create'): FakeReply {
    if (!Array.isArray(req.body)) return message(400, 'The request is invalid.');
    if (req.body.length > (opts.maxBatch ?? 100)) return message(413, `Request contains too many records (maximum ${opts.maxBatch ?? 100}).`);
    if (kind === 'create') {
      const codes = req.body.flatMap((p) => (Array.isArray(lower(p).productoptions) ? (lower(p).productoptions as unknown[]) : []).map((o) => String(lower(o).productoptioncode ?? '').toLowerCase()));
      const dupes = codes.filter((c, i) => c && codes.indexOf(c) !== i);
      if (dupes.length) return message(400, `Duplicate product option codes in request: ${[...new Set(dupes)].join(', ')}`);
    }
    return { status: 200, json: req.body.map((item, i) => (kind === 'update' ? update(item, i) : create(item, i))) };
  }

  const server = await startFake(
    (req) => {
      const refused = limited();
      if (refused) {
        refusedRequests.add(req);
        return refused;
      }
      const auth = basicAuth(req.headers);
      if (!auth || auth[0] !== username || auth[1] !== apiKey) return message(401, 'Authorization has been denied for this request.');
      if (opts.forbidden) return message(403, 'This API connection does not have permission for the Products module.');
      const route = `${req.method} ${req.path.replace(/^\/api/, '')}`;
      if (route === 'GET /v1/ProductOptions') return read(req);
      if (route === 'GET /v1/Products') return readProducts(req, options.map((o) => o.productId));
      if (route === 'GET /v1/Contacts') return readContacts(req);
      if (route === 'PUT /v1/ProductOptions') return write(req, 'update');
      if (route === 'POST /v1/Products') return write(req, 'create');
      return message(404, `No HTTP resource was found that matches ${req.path}.`);
    },
    { latencyMs: opts.latencyMs },
  );
  return {
    ...server,
    username,
    apiKey,
    options,
    option: (code) => options.find((o) => o.code === code),
    admitted: limit.admitted,
    refused: () => refusedCount,
    served: () => server.requests.filter((r) => !refusedRequests.has(r)),
  };
}
