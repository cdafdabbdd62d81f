/**
 * What an imported file came to, in the person's language: the real errors and notes
 * shared/import builds from real bytes carry words (messages.file) that say exactly the
 * English message in en-US (the CLI's words) and Spanish or Swedish in es-ES and sv-SE, and
 * the words survive the trip through the import worker to the dialog.
 */
import * as XLSX from 'xlsx';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportError, outOfMemoryError, timeoutError } from '../../shared/import/errors';
import { analyseSheet, runImport, summariseSheets } from '../../shared/import/pipeline';
import { extractLines } from '../../shared/import/extract';
import { guessColumns } from '../../shared/import/field-guess';
import { headerLabels } from '../../shared/import/header';
import { readWorkbook } from '../../shared/import/read-workbook';
import type { PriceField } from '../../shared/price-fields';
import type { SaidId } from '../../shared/said-ids';
import { DEFAULT_LIMITS, type ImportLimits, type ImportMessage, type ImportProblem } from '../../shared/import/types';
import { validateLines } from '../../shared/import/validate';
import { applyLocale } from '../../renderer/i18n';
import { sayImport } from '../../renderer/features/import/say-import';
import { sayProblem } from '../../renderer/features/import/words';
import type { ImportWorker as ImportWorkerType } from '../../renderer/features/import/worker-client';
import { textBytes, workbookBytes } from '../support/import-fixtures';
import { thrown } from '../support/said';

const limits = (over: Partial<ImportLimits> = {}): ImportLimits => ({ ...DEFAULT_LIMITS, ...over });
const rules = { maxDecimals: 2, createsProducts: false, maxChangePercent: 30, vendorName: 'Demo shop' };

/** The ImportError a step throws, or fails the test. */
const failure = (run: () => unknown): Promise<ImportError> => thrown(run, ImportError);

interface Cfb {
  FullPaths: string[];
}
function container(parts: Record<string, Uint8Array>, zip: boolean): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new() as Cfb;
  for (const [path, content] of Object.entries(parts)) XLSX.CFB.utils.cfb_add(cfb, path, content);
  return new Uint8Array(XLSX.CFB.write(cfb, zip ? { fileType: 'zip', type: 'array', compression: true } : { type: 'array' }) as ArrayBuffer);
}

/** A workbook zip whose first part's sizes are rewritten: `local` in its own header, `central` in the directory. */
function resized(central: number | null, local: number | null): Uint8Array {
  const bytes = workbookBytes({ S: [['SKU', 'Price'], ['a', 1]] });
  const view = new DataView(bytes.buffer);
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const first = view.getUint32(i + 16, true);
    const localAt = view.getUint32(first + 42, true);
    if (central !== null) view.setUint32(first + 24, central, true);
    if (local !== null) view.setUint32(localAt + 22, local, true);
    break;
  }
  return bytes;
}

const tooManyRows = (() => {
  const ws = XLSX.utils.aoa_to_sheet([['SKU', 'Price'], ['a', 1]]);
  XLSX.utils.sheet_add_aoa(ws, [['last', 2]], { origin: 'A300' });
  return workbookBytes({ Big: ws });
})();
const sheet = { name: 'S', rows: [[{ t: 's', v: 'SKU' }, { t: 's', v: 'Price' }] as XLSX.CellObject[]], rowCount: 1, columnCount: 2, merges: [], droppedColumns: 0, tooManyRows: false };
const analyse = (mapping: { sku: number | null; price: number | null; cost: null; name: null; currency: null }) => () => analyseSheet(sheet, { headerRow: 0, mapping, catalog: [], rules });

/** Each case: what it is, and the failure it comes to (the real code on real bytes). */
const failures: [string, SaidId, () => Promise<ImportError>][] = [
  ['too large', 'file.tooLarge', () => failure(() => readWorkbook(new Uint8Array(2048), 'big.csv', limits({ maxBytes: 1024 })))],
  ['empty file', 'file.empty', () => failure(() => readWorkbook(new Uint8Array(0), 'nothing.csv', limits()))],
  ['damaged container', 'file.containerDamaged', () => failure(() => readWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]), 'old.xls', limits()))],
  ['password', 'file.passwordProtected', () => failure(() => readWorkbook(container({ EncryptionInfo: new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]), EncryptedPackage: new Uint8Array(64) }, false), 'secret.xlsx', limits()))],
  ['too many rows', 'file.tooManyRows', () => failure(() => runImport(tooManyRows, 'big.xlsx', { limits: limits({ maxRows: 100 }), catalog: [], rules }))],
  ['more rows than the limit', 'file.tooManyRowsOver', () => failure(() => runImport(textBytes(`SKU,Price\n${'a,1\n'.repeat(1200)}`), 'long.csv', { limits: limits({ maxRows: 1000 }), catalog: [], rules }))],
  ['empty sheet', 'file.sheetEmpty', () => failure(() => runImport(workbookBytes({ Leer: [] }), 'leer.xlsx', { limits: limits(), catalog: [], rules }))],
  ['no sheet of that name', 'file.noSheetNamed', () => failure(() => runImport(textBytes('SKU,Price\na,1\n'), 'list.csv', { limits: limits(), catalog: [], rules, sheet: 'Precios' }))],
  ['unsupported type', 'file.unsupportedType', () => failure(() => readWorkbook(textBytes('x'), 'prices.docx', limits()))],
  ['zip, not a workbook', 'file.zipNotWorkbook', () => failure(() => readWorkbook(container({ 'readme.txt': textBytes('hello') }, true), 'x.xlsx', limits()))],
  ['binary', 'file.binary', () => failure(() => readWorkbook(new Uint8Array([1, 0, 2, 0, 3]), 'data.csv', limits()))],
  ['a PDF', 'file.other.pdf', () => failure(() => readWorkbook(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'list.csv', limits()))],
  ['a PNG', 'file.other.png', () => failure(() => readWorkbook(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'photo.xlsx', limits()))],
  ['a 7-Zip archive', 'file.other.7zip', () => failure(() => readWorkbook(new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), 'prices.xlsx', limits()))],
  ['zip cut in half', 'file.zipDamaged', () => failure(() => readWorkbook(workbookBytes({ S: [['SKU', 'Price'], ['a', 1]] }).slice(0, 400), 'cut.xlsx', limits()))],
  ['zip bomb', 'file.zipTooBigDeclared', () => failure(() => readWorkbook(container({ 'xl/workbook.xml': textBytes('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(3 * 1024 * 1024) }, true), 'bomb.xlsx', limits({ maxUnpackedBytes: 1024 * 1024 })))],
  ['sizes disagree', 'file.zipSizesDisagree', () => failure(() => readWorkbook(resized(null, 7), 'liar.xlsx', limits()))],
  ['part over its size', 'file.zipPartOverDeclared', () => failure(() => readWorkbook(resized(3, 3), 'liar.xlsx', limits()))],
  ['part under its size', 'file.zipPartWrongSize', () => failure(() => readWorkbook(resized(100_000, 100_000), 'liar.xlsx', limits()))],
  ['damaged workbook', 'file.damaged', () => failure(() => readWorkbook(container({ 'xl/workbook.xml': textBytes('garbage') }, true), 'broken.xlsx', limits()))],
  ['choose the SKU', 'file.chooseSku', () => failure(analyse({ sku: null, price: 1, cost: null, name: null, currency: null }))],
  ['choose the price', 'file.choosePrice', () => failure(analyse({ sku: 0, price: null, cost: null, name: null, currency: null }))],
  ['same column', 'file.sameColumn', () => failure(analyse({ sku: 0, price: 0, cost: null, name: null, currency: null }))],
  ['time limit', 'file.timeout', () => Promise.resolve(timeoutError(500))],
  ['memory limit', 'file.outOfMemory', () => Promise.resolve(outOfMemoryError(2048))],
];

async function notes(): Promise<ImportMessage[]> {
  const misnamed = await readWorkbook(textBytes('SKU,Price\na,1\n'), 'list.xlsx', limits());
  const wide = await readWorkbook(textBytes('SKU,Price,a,b,c\nx,1,2,3,4\n'), 'wide.csv', limits({ maxColumns: 2 }));
  return [...misnamed.notes, ...wide.notes];
}

afterEach(() => applyLocale('en-US'));

describe('what an imported file came to', () => {
  it.each(failures)('%s: has words (%s) that say the English message exactly in en-US', async (_what, id, run) => {
    applyLocale('en-US');
    const error = await run();
    expect(error.said?.id).toBe(id);
    expect(sayImport(error)).toBe(error.message);
  });

  it.each(failures)('%s: is said in Spanish and in Swedish', async (_what, _id, run) => {
    const error = await run();
    for (const locale of ['es-ES', 'sv-SE']) {
      applyLocale(locale);
      const said = sayImport(error);
      expect(said).not.toBe(error.message);
      // The file, sheet and part names travel as they are.
      for (const name of Object.values(error.said?.params ?? {})) if (typeof name === 'string' && /\.\w+$/.test(name)) expect(said).toContain(name);
    }
  });

  it('writes sizes and counts the locale’s way', async () => {
    const rows = await failure(() => runImport(textBytes(`SKU,Price\n${'a,1\n'.repeat(1200)}`), 'long.csv', { limits: limits({ maxRows: 1000 }), catalog: [], rules }));
    applyLocale('es-ES');
    expect(sayImport(rows)).toBe('La hoja "Sheet1" tiene más de 1000 filas; PriceDesk importa como máximo 1000 filas a la vez. Divide la hoja en archivos más pequeños.');
    applyLocale('sv-SE');
    const big = await failure(() => readWorkbook(new Uint8Array(1_300_000), 'stor.csv', limits({ maxBytes: 1024 * 1024 })));
    expect(sayImport(big)).toBe('stor.csv är 1,2 MB; PriceDesk importerar filer på högst 1,0 MB. Dela upp den i mindre filer.');
  });

  it('notes on the file are said in the language too', async () => {
    const found = await notes();
    expect(found.map((n) => n.said?.id)).toEqual(['file.note.misnamed', 'file.note.columnsDropped']);
    for (const note of found) expect(sayImport(note)).toBe(note.message);
    applyLocale('es-ES');
    expect(found.map(sayImport)).toEqual([
      'list.xlsx tiene nombre de un libro de Excel (.xlsx), pero en realidad es texto CSV; se leyó como tal.',
      'La hoja "Sheet1" tiene 5 columnas; solo se leyeron las primeras 2.',
    ]);
  });

  it('a sheet that cannot be imported carries its words to the sheet picker', async () => {
    const wb = await readWorkbook(tooManyRows, 'big.xlsx', limits({ maxRows: 100 }));
    const [summary] = summariseSheets(wb, limits({ maxRows: 100 }));
    applyLocale('sv-SE');
    expect(sayImport({ message: summary!.problem!, said: summary!.problemSaid })).toBe('Bladet "Big" har 300 rader; PriceDesk importerar högst 100 rader åt gången. Dela upp bladet i mindre filer.');
  });
});

describe('notes on the columns', () => {
  const field = (id: string, label: string, kind: PriceField['kind'], currency = 'EUR', primary = false): PriceField => ({ id, label, kind, currency, vatIncluded: true, decimals: 2, removable: true, primary });
  const demo = [field('price', 'Price', 'price', 'EUR', true), field('wholesale', 'Wholesale', 'tier'), field('cost', 'Cost', 'cost')];
  const twoTiers = [field('retail', 'Retail NZD', 'price', 'NZD', true), field('wNZD', 'Wholesale NZD', 'tier', 'NZD'), field('wAUD', 'Wholesale AUD', 'tier', 'AUD')];
  const xclade = [field('price.EUR', 'Price EUR', 'price', 'EUR', true), field('price.SEK', 'Price SEK', 'price', 'SEK')];

  function columnNotes(): ImportMessage[] {
    const ws = XLSX.utils.aoa_to_sheet([['SKU', 'Price', null], ['A1', 10, 100]], { dense: true });
    const merged = { name: 'S', rows: (ws as unknown as { '!data': XLSX.CellObject[][] })['!data'], rowCount: 2, tooManyRows: false, columnCount: 3, merges: [{ s: { r: 0, c: 1 }, e: { r: 0, c: 2 } }], droppedColumns: 0 };
    return [
      ...headerLabels(merged, 0).notes,
      ...guessColumns(['SKU', 'Wholesale cost', 'RRP'], [], new Set(), demo).notes,
      ...guessColumns(['SKU', 'Wholesale'], [], new Set(), twoTiers).notes,
      ...guessColumns(['SKU', 'Precio GBP', 'Grossist', 'Wholesale'], [], new Set(), [...xclade, field('wholesale', 'Wholesale', 'tier')]).notes,
    ];
  }

  it('say the English notes exactly in en-US and Spanish in es-ES', () => {
    const notes = columnNotes();
    expect(notes.map((n) => n.said?.id)).toEqual(['file.note.mergedHeader', 'file.note.couldBeKinds', 'file.note.looksLike', 'file.note.couldBeFields', 'file.note.looksLikeIn', 'file.note.bothSecondUsed']);
    for (const note of notes) expect(sayImport(note)).toBe(note.message);
    applyLocale('es-ES');
    expect(notes.map(sayImport)).toEqual([
      'Las celdas de encabezado B1:C1 están combinadas ("Price"); cada columna debajo recibe ese nombre.',
      '"Wholesale cost" podría ser un precio mayorista o por nivel o un costo; elige su campo.',
      '"RRP" parece un precio recomendado, que esta conexión no tiene; elige su campo o déjala fuera.',
      '"Wholesale" podría ser "Wholesale NZD" o "Wholesale AUD"; elige su campo.',
      '"Precio GBP" parece un precio en GBP, que esta conexión no tiene; elige su campo o déjala fuera.',
      '"Grossist" y "Wholesale" podrían ser ambas Wholesale; se usa la segunda. Revísalo.',
    ]);
    applyLocale('sv-SE');
    expect(sayImport(notes[1]!)).toBe('"Wholesale cost" kan vara ett grossist- eller nivåpris eller ett inköpspris; välj dess fält.');
  });
});

describe('a price cell the parser refuses', () => {
  const text = (v: string): XLSX.CellObject => ({ t: 's', v });
  function refusals(): ImportProblem[] {
    const rows = [[text('SKU'), text('New price'), text('Grossist')], ...['50%', '12 50', '1234567890123'].map((v) => [text('A'), text(v)]), [text('A'), undefined, text('5 %')]];
    const mapping = { sku: 0, price: 1, cost: null, name: null, currency: null, fields: { wholesale: 2 } };
    const lines = extractLines(rows, { headerRow: 0, mapping, separators: {}, labels: ['SKU', 'New price', 'Grossist'] });
    return validateLines(lines, [{ key: 'a', sku: 'A', price: '10.00', cost: null, currency: 'EUR' }], rules).problems;
  }

  it('says why in English exactly as the CLI does, and in Spanish and Swedish', () => {
    const all = refusals();
    expect(all.map((p) => p.message)).toEqual([
      'New price "50%" is a percentage, not a price.',
      'New price "12 50" is not a price: a space may only separate thousands, as in "1 234,50".',
      'New price "1234567890123" is too large to be a price.',
      'Column "Grossist": "5 %" is a percentage, not a price.',
    ]);
    expect(all.map(sayProblem)).toEqual(all.map((p) => p.message));
    applyLocale('es-ES');
    expect(all.map(sayProblem)).toEqual([
      'Precio nuevo: "50%" es un porcentaje, no un precio.',
      'Precio nuevo: "12 50" no es un precio: un espacio solo puede separar los miles, como en "1 234,50".',
      'Precio nuevo: "1234567890123" es demasiado grande para ser un precio.',
      'Columna "Grossist": "5 %" es un porcentaje, no un precio.',
    ]);
    applyLocale('sv-SE');
    expect(sayProblem(all[2]!)).toBe('Nytt pris: "1234567890123" är för stort för att vara ett pris.');
  });
});

describe('a rule between two of a row’s new prices', () => {
  it('is said in English exactly as the CLI does, and in Spanish and Swedish with the decimal comma', () => {
    const field = (id: string, label: string, kind: PriceField['kind'], primary = false): PriceField => ({ id, label, kind, currency: 'EUR', vatIncluded: true, decimals: 2, removable: true, primary });
    const fields = [field('price', 'Price', 'price', true), field('wholesale', 'Wholesale', 'tier'), field('cost', 'Cost', 'cost')];
    const catalog = [{ key: 'a', sku: 'A', price: '10.00', cost: '6.00', currency: 'EUR', prices: { price: '10.00', wholesale: '8.00', cost: '6.00' } }];
    const cell = (id: string, price: string) => ({ field: id, price, priceText: null, priceError: null });
    const line = { row: 2, sku: 'A', price: '7.00', priceError: null, cost: null, name: null, currency: null, fields: [cell('wholesale', '7.5')] };
    const [warning] = validateLines([line], catalog, { ...rules, fields }).problems;
    expect(warning!.message).toBe('Wholesale 7.50 is above Price 7.00.');
    expect(sayProblem(warning!)).toBe(warning!.message);
    applyLocale('es-ES');
    expect(sayProblem(warning!)).toBe('Wholesale 7,50 es mayor que Price 7,00.');
    applyLocale('sv-SE');
    expect(sayProblem(warning!)).toBe('Wholesale 7,50 är högre än Price 7,00.');
  });
});

describe('across the import worker', () => {
  let ImportWorker: typeof ImportWorkerType;
  beforeAll(async () => {
    // The real worker module in this thread, behind a Worker that copies messages as postMessage does.
    const page: { onmessage: ((event: { data: unknown }) => void) | null } = { onmessage: null };
    const self = { onmessage: null as ((event: { data: unknown }) => Promise<void>) | null, postMessage: (data: unknown) => page.onmessage?.({ data: structuredClone(data) }) };
    Object.assign(globalThis, { self });
    class FakeWorker {
      onerror: unknown = null;
      set onmessage(handler: (event: { data: unknown }) => void) {
        page.onmessage = handler;
      }
      postMessage(data: unknown) {
        void self.onmessage?.({ data: structuredClone(data) });
      }
      terminate() {}
    }
    Object.assign(globalThis, { Worker: FakeWorker });
    await import('../../renderer/workers/import.worker');
    ({ ImportWorker } = await import('../../renderer/features/import/worker-client'));
  });

  it('a file-level error keeps its words on the way to the dialog', async () => {
    const worker = new ImportWorker(limits());
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]).buffer;
    const error = await failure(() => worker.request({ type: 'open', bytes, fileName: 'foto.csv', limits: limits() }));
    expect(error.message).toBe('foto.csv is not a spreadsheet: it is a PNG image.');
    applyLocale('es-ES');
    expect(sayImport(error)).toBe('foto.csv no es una hoja de cálculo: es una imagen PNG.');
    const first = await failure(() => new ImportWorker(limits()).request({ type: 'propose', sheet: 0, headerRow: 0, catalogSkus: [], remembered: null, fields: [] }));
    expect(sayImport(first)).toBe('Primero abre un archivo.');
  });
});
