/**
 * Drafts: a connection's unsent price edits, kept in `<dataDir>/drafts/` so that closing
 * or killing the app loses at most the last debounce interval of work. Every write is
 * atomic (temporary file, fsync, rename); writes to one file are queued so an older save
 * can never land after a newer one. A damaged file is renamed aside, never deleted, and
 * reported so the person knows their draft did not come back.
 */
import { createHash } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { decimalString, draftProductSchema, type DraftEdit, type DraftLoad } from '../../shared/contract';
import { PRICE_FIELD_ID } from '../../shared/price-fields';
import { asidePath, readJsonIfExists, writeFileAtomic } from './atomic-file';
import type { Logger } from './log';

const fileSchema = z.object({
  version: z.literal(1),
  connectionId: z.string(),
  savedAt: z.string(),
  /** The primary field's edits by row key: the shape every draft has had, so older drafts load unchanged. */
  edits: z.record(z.string().min(1).max(200), decimalString.nullable()),
  /** New products' details by key (files saved before this existed have none). */
  products: z.record(z.string().min(1).max(200), draftProductSchema).optional(),
  /**
   * Edits of other price fields (absent when there are none, and in files saved before
   * fields existed). A list beside `edits` rather than field-qualified keys inside it, so a
   * draft keeps its old shape and an older release reading a newer draft still gets the
   * primary edits back.
   */
  fieldEdits: z.array(z.object({ key: z.string().min(1).max(200), field: z.string().regex(PRICE_FIELD_ID), newPrice: decimalString.nullable() })).optional(),
});

export interface DraftStore {
  load(connectionId: string): Promise<DraftLoad>;
  save(connectionId: string, edits: DraftEdit[]): Promise<{ savedAt: string }>;
  discard(connectionId: string): Promise<void>;
}

/** The draft file of a connection: a readable prefix plus a hash, so any id is a safe name. */
export function draftPath(dataDir: string, connectionId: string): string {
  const readable = connectionId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40);
  const hash = createHash('sha256').update(connectionId).digest('hex').slice(0, 12);
  return join(dataDir, 'drafts', `${readable}-${hash}.json`);
}

export function createDraftStore(dataDir: string, log: Logger, now: () => Date = () => new Date()): DraftStore {
  const queues = new Map<string, Promise<unknown>>();
  // One operation at a time per file, in the order they were asked for.
  const queued = <T>(path: string, work: () => Promise<T>): Promise<T> => {
    const run = (queues.get(path) ?? Promise.resolve()).then(work, work);
    const settled = run.catch(() => undefined);
    queues.set(path, settled);
    void settled.then(() => {
      if (queues.get(path) === settled) queues.delete(path);
    });
    return run;
  };

  async function setAside(path: string, reason: string): Promise<DraftLoad> {
    const aside = asidePath(path, now());
    await rename(path, aside);
    log.warn(`draft ${path} set aside as ${aside}: ${reason}`);
    return {
      edits: [],
      savedAt: null,
      damaged: {
        message: `Your saved draft for this connection could not be read (the file is damaged), so the grid starts without it. The file was kept as ${basename(aside)} in the drafts folder.`,
        said: { id: 'notice.draftDamaged', params: { file: basename(aside) } },
      },
    };
  }

  return {
    load(connectionId) {
      const path = draftPath(dataDir, connectionId);
      return queued(path, async () => {
        let raw: unknown;
        try {
          raw = await readJsonIfExists(path);
        } catch (error) {
          return setAside(path, error instanceof Error ? error.message : String(error));
        }
        if (raw === undefined) return { edits: [], savedAt: null, damaged: null };
        const parsed = fileSchema.safeParse(raw);
        if (!parsed.success || parsed.data.connectionId !== connectionId) {
          return setAside(path, parsed.success ? 'belongs to another connection' : parsed.error.message.slice(0, 500));
        }
        const products = parsed.data.products ?? {};
        const edits: DraftEdit[] = Object.entries(parsed.data.edits).map(([key, newPrice]) => (products[key] ? { key, newPrice, product: products[key] } : { key, newPrice }));
        for (const { key, field, newPrice } of parsed.data.fieldEdits ?? []) edits.push({ key, field, newPrice });
        return { edits, savedAt: parsed.data.savedAt, damaged: null };
      });
    },

    save(connectionId, edits) {
      const path = draftPath(dataDir, connectionId);
      return queued(path, async () => {
        const savedAt = now().toISOString();
        if (edits.length === 0) {
          await rm(path, { force: true });
          return { savedAt };
        }
        const record: Record<string, string | null> = {};
        const products: Record<string, DraftEdit['product']> = {};
        const fieldEdits: { key: string; field: string; newPrice: string | null }[] = [];
        for (const { key, field, newPrice, product } of edits) {
          if (field !== undefined) fieldEdits.push({ key, field, newPrice });
          else record[key] = newPrice;
          if (product) products[key] = product;
        }
        const more = { ...(Object.keys(products).length ? { products } : {}), ...(fieldEdits.length ? { fieldEdits } : {}) };
        await writeFileAtomic(path, JSON.stringify({ version: 1, connectionId, savedAt, edits: record, ...more }));
        return { savedAt };
      });
    },

    discard(connectionId) {
      const path = draftPath(dataDir, connectionId);
      return queued(path, () => rm(path, { force: true }));
    },
  };
}
