/**
 * The import dialog's state: the file being imported, its sheets, the chosen sheet and
 * header row, the column mapping and the validation report. Parsing happens in the import
 * worker; this slice only sends it small requests. Nothing touches the grid until merge(),
 * which makes every valid row a pending change in ONE applyEdits call (one undo step).
 */
import { create } from 'zustand';
import { ImportError, tooLarge } from '../../../shared/import/errors';
import type { MappingProposal, SheetSummary } from '../../../shared/import/pipeline';
import { assignColumn, hasPriceColumn, type MappingTarget } from '../../../shared/import/mapping';
import { DEFAULT_LIMITS, type ColumnMapping, type ImportLimits, type ImportMessage, type ImportReport, type ImportRules, type Separator } from '../../../shared/import/types';
import type { PriceField } from '../../../shared/price-fields';
import { api, call } from '../../api';
import { showNumber } from '../../app/locale';
import { t } from '../../i18n';
import { useConnections } from '../connections/slice';
import { useGrid } from '../grid/slice';
import { useNotifications } from '../notifications/slice';
import { mergePlan } from './merge-plan';
import { ImportWorker, readerStopped } from './worker-client';

/** What the worker is doing: reading the file, finding the columns, checking the rows. */
export type BusyStep = 'reading' | 'finding' | 'checking';

/** Where the dialog is: reading (busy), choosing (sheet/header/mapping + report), or failed. */
export type ImportStep = 'closed' | 'working' | 'ready' | 'failed';

export interface ImportState {
  step: ImportStep;
  fileName: string;
  /** What the worker is doing, for the progress line (said in the window's language when shown). */
  busy: BusyStep | null;
  busySince: number;
  /** What went wrong, said in the window's language when shown (sayImport). */
  error: ImportMessage | null;
  notes: ImportMessage[];
  sheets: SheetSummary[];
  sheetIndex: number;
  headerRow: number;
  proposal: MappingProposal | null;
  mapping: ColumnMapping | null;
  separators: Partial<Record<'price' | 'cost', Separator | null>>;
  /** The decimal separators chosen for the columns of other price fields, by field id. */
  fieldSeparators: Record<string, Separator | null>;
  report: ImportReport | null;
  /** Whether merging also adds the report's new products (off until the user ticks it). */
  addNewProducts: boolean;
  setAddNewProducts(add: boolean): void;
  openFile(file: File): Promise<void>;
  chooseSheet(index: number): Promise<void>;
  setHeaderRow(row: number): Promise<void>;
  setColumn(target: MappingTarget, column: number | null): Promise<void>;
  setSeparator(field: 'price' | 'cost', separator: Separator | null): Promise<void>;
  setFieldSeparator(field: string, separator: Separator | null): Promise<void>;
  merge(): Promise<void>;
  close(): void;
}

/** The change beyond which a new price is flagged, in percent (the grid's rule). */
export const MAX_CHANGE_PERCENT = 30;

let worker: ImportWorker | null = null;
// Each user action bumps this; answers to older actions are dropped.
let generation = 0;

/** Limits, lowered (never raised) by a test through sessionStorage "pricedesk.importLimits". */
export function importLimits(): ImportLimits {
  try {
    const override = JSON.parse(sessionStorage.getItem('pricedesk.importLimits') ?? '{}') as Partial<ImportLimits>;
    const limits = { ...DEFAULT_LIMITS };
    for (const key of Object.keys(limits) as (keyof ImportLimits)[]) {
      const v = override[key];
      if (typeof v === 'number' && v > 0 && v < limits[key]) limits[key] = v;
    }
    return limits;
  } catch {
    return DEFAULT_LIMITS;
  }
}

/** The connection's price fields as catalog:load reported them (the grid keeps them); none before the first load. */
function connectionFields(): PriceField[] {
  return useGrid.getState().fields;
}

function rulesForConnection(): ImportRules {
  const { connections, vendors } = useConnections.getState();
  const connectionId = useGrid.getState().connectionId;
  const vendorId = connections.find((c) => c.id === connectionId)?.vendor;
  const vendor = vendors.find((v) => v.id === vendorId);
  return {
    maxDecimals: vendor?.capabilities.maxDecimals ?? 2,
    createsProducts: vendor?.capabilities.createsProducts ?? false,
    maxChangePercent: MAX_CHANGE_PERCENT,
    vendorName: vendor?.displayName ?? t('importing:thisPlatform'),
    fields: connectionFields(),
  };
}

const initial = {
  step: 'closed' as ImportStep,
  fileName: '',
  busy: null,
  busySince: 0,
  error: null as ImportMessage | null,
  notes: [] as ImportMessage[],
  sheets: [],
  sheetIndex: 0,
  headerRow: 0,
  proposal: null,
  mapping: null,
  separators: {},
  fieldSeparators: {},
  report: null,
  addNewProducts: false,
};

export const useImport = create<ImportState>((set, get) => {
  /** Runs one worker step; failures become the dialog's message, stale answers are dropped. */
  async function step<T>(label: BusyStep, run: (w: ImportWorker) => Promise<T>): Promise<T | undefined> {
    const mine = ++generation;
    set({ busy: label, busySince: Date.now(), error: null });
    try {
      if (!worker) throw readerStopped();
      const result = await run(worker);
      if (mine !== generation) return undefined;
      set({ busy: null });
      return result;
    } catch (error) {
      if (mine !== generation) return undefined;
      const message = error instanceof Error ? error.message : String(error);
      const said = error instanceof ImportError ? error.said : undefined;
      // A file-level failure ends the import; a mapping problem keeps the dialog usable.
      const fatal = !(error instanceof ImportError) || !['mapping', 'too_many_rows', 'empty'].includes(error.code) || get().sheets.length === 0;
      set({ busy: null, error: said ? { message, said } : { message }, step: fatal ? 'failed' : get().step, report: null });
      return undefined;
    }
  }

  async function propose(): Promise<void> {
    const { sheetIndex, headerRow, sheets } = get();
    const unreadable = sheets[sheetIndex];
    if (unreadable?.problem) {
      set({ error: { message: unreadable.problem, ...(unreadable.problemSaid ? { said: unreadable.problemSaid } : {}) }, proposal: null, mapping: null, report: null });
      return;
    }
    const catalogSkus = useGrid.getState().rows.map((r) => r.sku);
    const connectionId = useGrid.getState().connectionId;
    const fields = connectionFields();
    const first = await step('finding', (w) => w.request({ type: 'propose', sheet: sheetIndex, headerRow, catalogSkus, remembered: null, fields }));
    if (!first) return;
    let proposal = first;
    if (connectionId && first.labels.length) {
      // A mapping the user confirmed before for these headers beats the guess.
      const saved = await call(api().mappings.get({ connectionId, headers: first.labels.slice(0, 1000).map((l) => l.slice(0, 500)) })).catch(() => ({ mapping: null }));
      if (saved.mapping) {
        const again = await step('finding', (w) => w.request({ type: 'propose', sheet: sheetIndex, headerRow, catalogSkus, remembered: saved.mapping, fields }));
        if (!again) return;
        proposal = again;
      }
    }
    set({ proposal, mapping: proposal.mapping, separators: {}, fieldSeparators: {} });
    await analyse();
  }

  async function analyse(): Promise<void> {
    const { mapping, sheetIndex, headerRow, separators, fieldSeparators } = get();
    if (!mapping || mapping.sku === null || !hasPriceColumn(mapping)) {
      // Already in the window's language (the dialog's own words, not the worker's).
      set({ report: null, error: mapping ? { message: mapping.sku === null ? t('importing:error.chooseSku') : t('importing:error.choosePrice') } : null });
      return;
    }
    const catalog = useGrid.getState().rows.map(({ key, sku, price, cost, currency, prices }) => ({ key, sku, price, cost, currency, ...(prices ? { prices } : {}) }));
    const report = await step('checking', (w) => w.request({ type: 'analyse', sheet: sheetIndex, headerRow, mapping, separators, fieldSeparators, catalog, rules: rulesForConnection() }));
    if (report) set({ report, step: 'ready' });
  }

  return {
    ...initial,

    async openFile(file) {
      worker?.terminate();
      const limits = importLimits();
      set({ ...initial, step: 'working', fileName: file.name });
      if (file.size > limits.maxBytes) {
        // The worker's own refusal (shared/import/read-workbook.ts), said before the bytes are read.
        set({ step: 'failed', error: tooLarge(file.name, file.size, limits.maxBytes) });
        return;
      }
      worker = new ImportWorker(limits);
      const bytes = await file.arrayBuffer();
      const opened = await step('reading', (w) => w.request({ type: 'open', bytes, fileName: file.name, limits }, [bytes]));
      if (!opened) return;
      const sheetIndex = Math.max(0, opened.sheets.findIndex((s) => !s.problem));
      set({ notes: opened.notes, sheets: opened.sheets, sheetIndex, headerRow: opened.sheets[sheetIndex]?.headerRow ?? 0, step: 'ready' });
      await propose();
    },

    async chooseSheet(index) {
      set({ sheetIndex: index, headerRow: get().sheets[index]?.headerRow ?? 0, proposal: null, mapping: null, report: null, error: null });
      await propose();
    },

    async setHeaderRow(row) {
      set({ headerRow: row, report: null });
      await propose();
    },

    async setColumn(target, column) {
      // One column, one target: taking a column away from another target clears that one.
      set({ mapping: assignColumn(get().mapping!, target, column) });
      await analyse();
    },

    async setSeparator(field, separator) {
      set({ separators: { ...get().separators, [field]: separator } });
      await analyse();
    },

    async setFieldSeparator(field, separator) {
      set({ fieldSeparators: { ...get().fieldSeparators, [field]: separator } });
      await analyse();
    },

    setAddNewProducts(add) {
      set({ addNewProducts: add });
    },

    async merge() {
      const { report, fileName, proposal, mapping, addNewProducts } = get();
      if (!report || !proposal || !mapping) return;
      const grid = useGrid.getState();
      const connectionId = grid.connectionId;
      const plan = mergePlan(report, grid.rows, addNewProducts);
      // One applyEdits call: the prices and the new products' rows are one undo step.
      if (plan.edits.length) grid.applyEdits(plan.edits, t('importing:undoLabel', { file: fileName }), { addRows: plan.rows, source: { kind: 'import', detail: fileName } });
      if (connectionId) {
        await call(api().mappings.save({ connectionId, headers: proposal.labels.slice(0, 1000).map((l) => l.slice(0, 500)), mapping })).catch(() => undefined);
      }
      const counted = (count: number) => ({ count, n: showNumber(count) });
      const parts: string[] = [t('importing:merged.pending', { ...counted(report.edits.length), file: fileName })];
      if (plan.rows.length) parts.push(t('importing:merged.added', counted(plan.rows.length)));
      else if (report.newProducts.length) parts.push(t('importing:merged.notAdded', counted(report.newProducts.length)));
      if (report.unchanged) parts.push(t('importing:merged.unchanged', { n: showNumber(report.unchanged) }));
      const leftOut = report.counts.error - report.slips;
      if (leftOut) parts.push(t('importing:merged.leftOut', counted(leftOut)));
      if (report.slips) parts.push(t('importing:merged.slips', counted(report.slips)));
      useNotifications.getState().notify(report.counts.error ? 'warning' : 'success', `${parts.join('; ')}.`);
      get().close();
    },

    close() {
      generation++;
      worker?.terminate();
      worker = null;
      set({ ...initial });
    },
  };
});
