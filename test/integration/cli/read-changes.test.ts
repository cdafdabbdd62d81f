import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readChanges } from '../../../electron/cli/read-changes';
import { DEFAULT_LIMITS } from '../../../shared/import/types';
import { workbookBytes } from '../../support/import-fixtures';

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'pricedesk-changes-')), name);
  await writeFile(path, bytes);
  return path;
}

describe('the CLI reads changes files with the import dialog’s reader', () => {
  it('skips title rows, reads German headers and keeps zero-padded SKUs', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['Preisliste März'], [], ['Artikelnummer', 'Aktueller Preis', 'Neuer Preis'], [123, 10, 12.5]]);
    ws.A4!.z = '000000';
    const lines = await readChanges(await file('liste.xlsx', workbookBytes({ S: ws })));
    expect(lines).toEqual([{ row: 4, sku: '000123', price: '12.5', cost: null, currency: null }]);
  });

  it('refuses a file that is not what its name says, in plain words', async () => {
    const path = await file('changes.xlsx', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
    await expect(readChanges(path)).rejects.toThrow('changes.xlsx is not a spreadsheet: it is a PDF document.');
  });

  // One 5 MB line: a header with 1.25 million columns (about 320 MB as SheetJS cells).
  const wideLine = () => `SKU,Price,${'x,'.repeat(1_250_000)}x\nA-1,12.50\n`;

  it('reads a 5 MB single-line CSV within a 48 MB heap: columns are cut while reading, not after', async () => {
    const path = await file('wide.csv', wideLine());
    expect(await readChanges(path, { ...DEFAULT_LIMITS, maxHeapMb: 48 })).toEqual([{ row: 2, sku: 'A-1', price: '12.50', cost: null, currency: null }]);
  });

  it('stops the reader at its memory ceiling with a sentence naming the limit', async () => {
    // The same file and heap as above with the column limit raised out of the way: every cell is built.
    const path = await file('wide.csv', wideLine());
    await expect(readChanges(path, { ...DEFAULT_LIMITS, maxColumns: 10_000_000, maxHeapMb: 48 })).rejects.toThrow(
      'wide.csv: Reading the file needed more than 48.0 MB of memory, the limit, so it was stopped. The file may be too large or damaged; try saving only the sheet you need, or as .csv.',
    );
  });

  it('stops the reader at the time limit with a sentence naming it', async () => {
    const path = await file('slow.csv', wideLine());
    await expect(readChanges(path, { ...DEFAULT_LIMITS, timeoutMs: 50 })).rejects.toThrow(
      'slow.csv: Reading the file took longer than 0.05 seconds, the time limit, so it was stopped. The file may be too large or damaged; try saving only the sheet you need, or as .csv.',
    );
  });
});
