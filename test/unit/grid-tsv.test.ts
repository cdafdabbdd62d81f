import { describe, expect, it } from 'vitest';
import { parseTsv, writeTsv } from '../../shared/grid/tsv';

describe('parseTsv reads blocks copied from spreadsheets', () => {
  it('splits tabs and Windows line breaks, dropping Excel’s trailing newline', () => {
    expect(parseTsv('1,50\t2\r\n3\t4,25\r\n')).toEqual([
      ['1,50', '2'],
      ['3', '4,25'],
    ]);
  });

  it('reads LibreOffice / Google Sheets text with LF and no trailing newline', () => {
    expect(parseTsv('9.99\n10.99')).toEqual([['9.99'], ['10.99']]);
  });

  it('reads old Mac CR line breaks', () => {
    expect(parseTsv('1\r2\r')).toEqual([['1'], ['2']]);
  });

  it('unquotes cells holding tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"a\tb"\t"line1\r\nline2"\t"say ""hi"""\r\n')).toEqual([['a\tb', 'line1\r\nline2', 'say "hi"']]);
  });

  it('keeps a quote that does not wrap the whole cell as text', () => {
    expect(parseTsv('12" screen\t5')).toEqual([['12" screen', '5']]);
    expect(parseTsv('"open\t5')).toEqual([['"open', '5']]);
  });

  it('keeps empty cells and blank lines inside the block', () => {
    expect(parseTsv('1\t\t3\r\n\r\n4\r\n')).toEqual([['1', '', '3'], [''], ['4']]);
  });

  it('gives no rows for an empty clipboard', () => {
    expect(parseTsv('')).toEqual([]);
  });

  it('reads a single cell without line break', () => {
    expect(parseTsv('12,50')).toEqual([['12,50']]);
  });
});

describe('writeTsv writes what spreadsheets paste', () => {
  it('joins with tabs and CRLF', () => {
    expect(writeTsv([['SKU', 'Price'], ['A-1', '9.99']])).toBe('SKU\tPrice\r\nA-1\t9.99');
  });

  it('quotes cells with tabs, line breaks or quotes, doubling the quotes', () => {
    expect(writeTsv([['a\tb', 'x\ny', '12" screen', 'plain']])).toBe('"a\tb"\t"x\ny"\t"12"" screen"\tplain');
  });

  it('round-trips through parseTsv', () => {
    const rows = [['a\tb', 'c"d', ''], ['line\r\nbreak', '1', '2']];
    expect(parseTsv(writeTsv(rows))).toEqual(rows);
  });
});
