/**
 * Builds zips whose headers lie, for the zip-bomb guard's tests: each part's declared sizes
 * are whatever the test says, its data is real deflate. Built in the test rather than
 * committed as binaries; a "1.5 GB" part is about 1.5 MB of deflate (repeated flushed blocks).
 */
import { constants, deflateRawSync } from 'node:zlib';

export interface HostilePart {
  name: string;
  /** Raw deflate data (see deflated / zeros). */
  packed: Uint8Array;
  /** The unpacked size written into the central directory. */
  declared: number;
  /** The unpacked size written into the local header (default: declared). */
  localDeclared?: number;
}

/** Real deflate data for some bytes. */
export const deflated = (data: Uint8Array | string): Uint8Array => deflateRawSync(typeof data === 'string' ? Buffer.from(data) : data);

/**
 * Deflate data that inflates to `megabytes` MB of zeros: one 16 MB block ended by a full
 * flush (byte-aligned, no reference back into it), repeated, then an empty final block.
 */
export function zeros(megabytes: number): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(16 * 1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const repeats = Math.ceil(megabytes / 16);
  return Buffer.concat([...Array.from({ length: repeats }, () => chunk), Buffer.from([0x03, 0x00])]);
}

/** A zip with the parts as given (deflated, no data descriptors, CRC left 0: SheetJS does not check it). */
export function hostileZip(parts: HostilePart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(part.packed.length, 18);
    local.writeUInt32LE(part.localDeclared ?? part.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.packed.length, 20);
    central.writeUInt32LE(part.declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.packed));
    centrals.push(central, name);
    offset += 30 + name.length + part.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The smallest parts an .xlsx needs around a sheet, with honest sizes. */
export function workbookParts(sheetXml: string): HostilePart[] {
  const honest = (name: string, text: string): HostilePart => ({ name, packed: deflated(text), declared: Buffer.byteLength(text) });
  return [
    honest('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    honest('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    honest('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    honest('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    honest('xl/worksheets/sheet1.xml', sheetXml),
  ];
}

/** A sheet with a SKU and a price column and the given rows. */
export const sheetXml = (rows: [string, number][]): string =>
  '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>SKU</t></is></c><c r="B1" t="inlineStr"><is><t>Price</t></is></c></row>' +
  rows.map(([sku, price], i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>${sku}</t></is></c><c r="B${i + 2}"><v>${price}</v></c></row>`).join('') +
  '</sheetData></worksheet>';
