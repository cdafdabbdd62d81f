import { runImport } from '../../../shared/import/pipeline';
import { DEFAULT_LIMITS, type CatalogEntry, type ImportLimits, type ImportRules } from '../../../shared/import/types';

export const rules: ImportRules = { maxDecimals: 2, createsProducts: false, maxChangePercent: 30, vendorName: 'Demo shop' };

export const entry = (key: string, sku: string, price: string | null, cost: string | null = null, currency = 'EUR'): CatalogEntry => ({ key, sku, price, cost, currency });

/** The whole pipeline on bytes, as the worker runs it with a guessed mapping. */
export function importBytes(bytes: Uint8Array, fileName: string, catalog: CatalogEntry[], options: { limits?: Partial<ImportLimits>; rules?: Partial<ImportRules> } = {}) {
  return runImport(bytes, fileName, { limits: { ...DEFAULT_LIMITS, ...options.limits }, catalog, rules: { ...rules, ...options.rules } });
}
