import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readChanges } from '../../../electron/cli/read-changes';
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
});
