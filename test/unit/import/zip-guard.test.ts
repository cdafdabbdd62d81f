/**
 * The zip-bomb guard holds each part of a workbook's zip to the size it declares, whatever
 * the headers say: it inflates under a hard cap, with the browser's streamed inflater (the
 * app's worker) and with Node's zlib (the CLI), and refuses a part whose sizes disagree.
 */
import { describe, expect, it } from 'vitest';
import { zlibInflate } from '../../../electron/core/zlib-inflate';
import { ImportError } from '../../../shared/import/errors';
import { readWorkbook } from '../../../shared/import/read-workbook';
import { DEFAULT_LIMITS } from '../../../shared/import/types';
import { streamInflate, type InflateRaw } from '../../../shared/import/unzip';
import { deflated, hostileZip, sheetXml, workbookParts, zeros, type HostilePart } from '../../support/hostile-zip';

// Built once: about 1.5 MB of deflate that inflates to 1.5 GB of zeros.
const GIGA_ZEROS = zeros(1536);

/** The parts of a small honest workbook, with the sheet replaced. */
function withSheet(sheet: Partial<HostilePart>): Uint8Array {
  const parts = workbookParts(sheetXml([['a', 12.5]]));
  parts[4] = { ...parts[4]!, ...sheet };
  return hostileZip(parts);
}

/** An inflater that records the most it was ever allowed to produce and did produce. */
function watched(inflate: InflateRaw) {
  const seen = { maxAllowed: 0, maxProduced: 0 };
  const spy: InflateRaw = async (packed, maxOutput) => {
    seen.maxAllowed = Math.max(seen.maxAllowed, maxOutput);
    const out = await inflate(packed, maxOutput);
    seen.maxProduced = Math.max(seen.maxProduced, out?.length ?? 0);
    return out;
  };
  return { spy, seen };
}

async function refusal(bytes: Uint8Array, inflate: InflateRaw, limits = DEFAULT_LIMITS): Promise<{ code: string; message: string }> {
  try {
    await readWorkbook(bytes, 'prices.xlsx', limits, inflate);
  } catch (error) {
    if (error instanceof ImportError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the read to be refused');
}

describe.each([
  ['the browser’s streamed inflater (app)', streamInflate],
  ['Node’s zlib inflater (CLI)', zlibInflate],
])('the zip-bomb guard with %s', (_name, inflate) => {
  it('reads an honest workbook', async () => {
    const wb = await readWorkbook(withSheet({}), 'prices.xlsx', DEFAULT_LIMITS, inflate);
    expect(wb.sheets[0]!.rows.map((r) => r.map((c) => c?.v))).toEqual([['SKU', 'Price'], ['a', 12.5]]);
  });

  it('refuses a sheet that declares 0 bytes and inflates to 1.5 GB, without inflating past the declared size', async () => {
    const bomb = withSheet({ packed: GIGA_ZEROS, declared: 0 });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const { spy, seen } = watched(inflate);
    expect(await refusal(bomb, spy)).toEqual({
      code: 'zip_bomb',
      message:
        'prices.xlsx was not opened: its part "xl/worksheets/sheet1.xml" is not the size the file says (it holds more than the 0 bytes it declares). ' +
        'A file like this is either damaged or built to overload the computer (a "zip bomb").',
    });
    expect(seen.maxAllowed).toBeLessThan(4096);
    expect(seen.maxProduced).toBeLessThan(4096);
  });

  it('inflates a part that declares 9 MB but holds 64 MB no further than its 9 MB', async () => {
    // Declares 9 MB (under a 10 MB limit), holds 64 MB: inflation stops at the 9 MB.
    const { spy, seen } = watched(inflate);
    const limits = { ...DEFAULT_LIMITS, maxUnpackedBytes: 10 * 1024 * 1024 };
    const refused = await refusal(withSheet({ packed: zeros(64), declared: 9 * 1024 * 1024 }), spy, limits);
    expect(refused).toMatchObject({ code: 'zip_bomb', message: expect.stringContaining('it holds more than the 9.0 MB it declares') });
    expect(seen.maxAllowed).toBeLessThanOrEqual(9 * 1024 * 1024);
  });

  it('refuses a part that holds less than it declares', async () => {
    const refused = await refusal(withSheet({ declared: 100_000 }), inflate);
    expect(refused).toMatchObject({ code: 'zip_bomb', message: expect.stringMatching(/its part "xl\/worksheets\/sheet1\.xml" is not the size the file says \(it holds \d+ bytes, not the 98 KB it declares\)/) });
  });

  it('refuses a part whose local header and central directory disagree', async () => {
    const xml = sheetXml([['a', 12.5]]);
    const refused = await refusal(withSheet({ declared: Buffer.byteLength(xml), localDeclared: 0 }), inflate);
    expect(refused).toMatchObject({ code: 'zip_bomb', message: expect.stringContaining('(its two size records disagree)') });
  });

  it('calls a part that is not deflate data damaged', async () => {
    const refused = await refusal(withSheet({ packed: new Uint8Array([0xff, 0xff, 0xff, 0xff]), declared: 10 }), inflate);
    expect(refused).toMatchObject({ code: 'damaged', message: expect.stringContaining('prices.xlsx is damaged') });
  });
});

describe('the streamed inflater', () => {
  it('stops at the cap instead of producing everything first', async () => {
    expect(await streamInflate(zeros(256), 1024 * 1024)).toBeNull();
    expect((await streamInflate(deflated('hello'), 5))!.length).toBe(5);
    expect(await streamInflate(deflated('hello'), 4)).toBeNull();
  });
});
