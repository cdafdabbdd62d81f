import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import/errors';
import { summariseSheets } from '../../../shared/import/pipeline';
import { readWorkbook } from '../../../shared/import/read-workbook';
import { DEFAULT_LIMITS, type ImportLimits } from '../../../shared/import/types';
import { textBytes, workbookBytes } from '../../support/import-fixtures';
import { entry, importBytes } from './helpers';

const limits = (over: Partial<ImportLimits> = {}): ImportLimits => ({ ...DEFAULT_LIMITS, ...over });

/** The ImportError a read throws (code and message), or fails the test. */
async function failure(run: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the import to fail');
}

interface Cfb {
  FullPaths: string[];
  FileIndex: { name: string; content: Uint8Array }[];
}
const cfbNew = () => XLSX.CFB.utils.cfb_new() as Cfb;
const cfbAdd = (cfb: Cfb, path: string, content: Uint8Array) => XLSX.CFB.utils.cfb_add(cfb, path, content);

describe('bad input gets a specific message and nothing is imported', () => {
  it('a damaged workbook (a zip cut in half)', async () => {
    const good = workbookBytes({ S: [['SKU', 'Price'], ['a', 1]] });
    const cut = good.slice(0, Math.floor(good.length / 2));
    expect(await failure(() => readWorkbook(cut, 'cut.xlsx', limits()))).toMatchObject({ code: 'damaged', message: expect.stringContaining('cut.xlsx is damaged') });
  });

  it('a damaged old-style .xls', async () => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await failure(() => readWorkbook(bytes, 'old.xls', limits()))).toMatchObject({ code: 'damaged', message: expect.stringContaining('damaged') });
  });

  it('a password-protected (encrypted) Excel workbook', async () => {
    // What Excel writes for "Encrypt with password": an OLE container with these two streams.
    const cfb = cfbNew();
    cfbAdd(cfb, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    cfbAdd(cfb, 'EncryptedPackage', new Uint8Array(64));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
    expect(await failure(() => readWorkbook(bytes, 'secret.xlsx', limits()))).toMatchObject({ code: 'password_protected', message: expect.stringContaining('protected with a password') });
  });

  it('an empty sheet', async () => {
    const { code, message } = await failure(() => importBytes(workbookBytes({ Leer: [] }), 'leer.xlsx', []));
    expect(code).toBe('empty');
    expect(message).toBe('Sheet "Leer" is empty.');
  });

  it('an empty file', async () => {
    expect(await failure(() => readWorkbook(new Uint8Array(0), 'nothing.csv', limits()))).toMatchObject({ code: 'empty' });
  });

  it('a sheet with a million rows', async () => {
    // A sheet whose used range runs to row 1,000,000 (as when someone formats a whole column).
    const ws = XLSX.utils.aoa_to_sheet([['SKU', 'Price'], ['a', 1]]);
    XLSX.utils.sheet_add_aoa(ws, [['last', 2]], { origin: 'A1000000' });
    // Writing this file takes SheetJS seconds (it walks every row); reading it is quick.
    const bytes = workbookBytes({ Big: ws });
    const wb = await readWorkbook(bytes, 'big.xlsx', limits());
    const [summary] = summariseSheets(wb, limits());
    expect(summary!.problem).toBe('Sheet "Big" has 1,000,000 rows; PriceDesk imports at most 250,000 rows at once. Split the sheet into smaller files.');
    expect((await failure(() => importBytes(bytes, 'big.xlsx', []))).code).toBe('too_many_rows');
  }, 30_000);

  it('a CSV longer than the row limit', async () => {
    const csv = `SKU,Price\n${'a,1\n'.repeat(1200)}`;
    expect((await failure(() => importBytes(textBytes(csv), 'long.csv', [], { limits: { maxRows: 1000 } }))).message).toContain('has more than 1,000 rows; PriceDesk imports at most 1,000 rows');
  });

  it('a sheet with thousands of columns: the first ones are read, and the user is told', async () => {
    const header = ['SKU', 'Price', ...Array.from({ length: 4998 }, (_, i) => `Extra ${i}`)];
    const { workbook, report } = await importBytes(workbookBytes({ Wide: [header, ['a', 12]] }), 'wide.xlsx', [entry('a', 'a', '10')]);
    expect(workbook.notes.map((n) => n.message)).toEqual(['Sheet "Wide" has 5,000 columns; only the first 200 were read.']);
    expect(workbook.sheets[0]!.rows[0]!.length).toBe(200);
    expect(report.edits).toEqual([{ key: 'a', newPrice: '12' }]);
  });

  it('a CSV wider than the column limit is cut while reading, exactly where SheetJS splits its cells', async () => {
    const tricky = 'SKU,Price,"a,b",c\r\n"x\ny",12,"q""uote",d,e\rz,1,2,3\n"p,q",ab"c,d,e\n';
    const cut = await readWorkbook(textBytes(tricky), 'tricky.csv', limits({ maxColumns: 2 }));
    const whole = await readWorkbook(textBytes(tricky), 'tricky.csv', limits({ maxColumns: 100 }));
    const values = (rows: (typeof cut)['sheets'][0]['rows']) => rows.map((r) => r.slice(0, 2).map((c) => c?.v));
    expect(values(cut.sheets[0]!.rows)).toEqual(values(whole.sheets[0]!.rows));
    expect(cut.sheets[0]!.rows.every((r) => r.length <= 2)).toBe(true);
    expect(cut.notes.map((n) => n.message)).toEqual(['Sheet "Sheet1" has 5 columns; only the first 2 were read.']);
  });

  it('a zip bomb: a few kilobytes that unpack to more than the limit', async () => {
    const cfb = cfbNew();
    cfbAdd(cfb, 'xl/workbook.xml', textBytes('<workbook/>'));
    cfbAdd(cfb, 'xl/worksheets/sheet1.xml', new Uint8Array(30 * 1024 * 1024)); // 30 MB of zeros
    const bomb = new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer);
    expect(bomb.length).toBeLessThan(512 * 1024);
    const { code, message } = await failure(() => readWorkbook(bomb, 'bomb.xlsx', limits({ maxUnpackedBytes: 10 * 1024 * 1024 })));
    expect(code).toBe('zip_bomb');
    expect(message).toMatch(/bomb\.xlsx was not opened: its \d+ KB unpack to 30\.0 MB, more than the 10\.0 MB limit/);
  });

  it('a zip that lies about its sizes (ZIP64 marker) is refused before unpacking', async () => {
    const good = workbookBytes({ S: [['SKU', 'Price']] });
    const view = new DataView(good.buffer);
    for (let i = good.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) !== 0x06054b50) continue;
      view.setUint32(view.getUint32(i + 16, true) + 24, 0xffffffff, true); // first entry: "more than 4 GB"
      break;
    }
    expect((await failure(() => readWorkbook(good, 'liar.xlsx', limits()))).code).toBe('zip_bomb');
  });

  it('a file past the size limit', async () => {
    expect((await failure(() => readWorkbook(new Uint8Array(2048), 'big.csv', limits({ maxBytes: 1024 })))).message).toBe(
      'big.csv is 2 KB; PriceDesk imports files up to 1 KB. Split it into smaller files.',
    );
  });

  it('a file type the import does not read', async () => {
    expect((await failure(() => readWorkbook(textBytes('x'), 'prices.pdf', limits()))).code).toBe('unsupported_type');
  });

  it.each([
    ['a PNG named .xlsx', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'photo.xlsx', 'photo.xlsx is not a spreadsheet: it is a PNG image.'],
    ['a PDF named .csv', [0x25, 0x50, 0x44, 0x46, 0x2d], 'list.csv', 'list.csv is not a spreadsheet: it is a PDF document.'],
    ['binary data named .csv', [1, 0, 2, 0, 3], 'data.csv', 'data.csv is not a spreadsheet or text file: its content is binary data PriceDesk cannot read.'],
  ])('a wrong extension: %s', async (_what, bytes, name, message) => {
    expect((await failure(() => readWorkbook(new Uint8Array(bytes), name, limits()))).message).toBe(message);
  });

  it('a wrong extension on a real spreadsheet: read by its content, with a note', async () => {
    const csvNamedXlsx = await readWorkbook(textBytes('SKU,Price\na,1\n'), 'list.xlsx', limits());
    expect(csvNamedXlsx.format).toBe('csv');
    expect(csvNamedXlsx.notes[0]?.message).toBe('list.xlsx is named like an Excel workbook (.xlsx) but is really CSV text; it was read as such.');
    const xlsNamedXlsx = await readWorkbook(workbookBytes({ S: [['SKU', 'Price']] }, 'biff8'), 'old.xlsx', limits());
    expect(xlsNamedXlsx.format).toBe('xls');
    const odsNamedXls = await readWorkbook(workbookBytes({ S: [['SKU', 'Price']] }, 'ods'), 'x.xls', limits());
    expect(odsNamedXls.format).toBe('ods');
  });

  it('a zip that is not a workbook', async () => {
    const cfb = cfbNew();
    cfbAdd(cfb, 'readme.txt', textBytes('hello'));
    const zip = new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array' }) as ArrayBuffer);
    expect((await failure(() => readWorkbook(zip, 'x.xlsx', limits()))).code).toBe('not_a_spreadsheet');
  });

  it('Windows-1252 CSV from an old Excel is read with its accents', async () => {
    const bytes = new Uint8Array([...textBytes('SKU;Descripci'), 0xf3, ...textBytes('n;Precio\nA1;Caf'), 0xe9, ...textBytes(';12,50\n')]);
    const { sheet, report, proposal } = await importBytes(bytes, 'ansi.csv', [entry('k', 'A1', '10')]);
    expect(proposal.labels[1]).toBe('Descripción');
    expect(sheet.rows[1]?.[1]?.v).toBe('Café');
    expect(report.edits).toEqual([{ key: 'k', newPrice: '12.50' }]);
  });
});
