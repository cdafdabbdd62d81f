/**
 * Messages between the import dialog and the import Web Worker. The worker parses the
 * untrusted file and keeps the workbook; the page sends small requests and gets plain data.
 */
import type { ImportErrorCode } from '../../shared/import/errors';
import type { MappingProposal, SheetSummary } from '../../shared/import/pipeline';
import type { PriceField } from '../../shared/price-fields';
import type { Said } from '../../shared/said';
import type { CatalogEntry, ColumnMapping, FileFormat, ImportLimits, ImportMessage, ImportReport, ImportRules, Separator } from '../../shared/import/types';

export type WorkerRequest =
  | { type: 'open'; bytes: ArrayBuffer; fileName: string; limits: ImportLimits }
  | { type: 'propose'; sheet: number; headerRow: number; catalogSkus: string[]; remembered: ColumnMapping | null; fields: PriceField[] }
  | {
      type: 'analyse';
      sheet: number;
      headerRow: number;
      mapping: ColumnMapping;
      separators: Partial<Record<'price' | 'cost', Separator | null>>;
      fieldSeparators: Record<string, Separator | null>;
      catalog: CatalogEntry[];
      rules: ImportRules;
    };

export interface WorkerResults {
  open: { format: FileFormat; notes: ImportMessage[]; sheets: SheetSummary[] };
  propose: MappingProposal;
  analyse: ImportReport;
}

export type WorkerResponse =
  | { id: number; ok: true; result: WorkerResults[WorkerRequest['type']] }
  | { id: number; ok: false; error: { code: ImportErrorCode | 'internal'; message: string; said?: Said } };
