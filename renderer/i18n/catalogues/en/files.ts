/**
 * Part of the `messages` namespace (key `file`): what an imported file or one of its cells
 * came to (shared/import). The English is shared/import's own message, word for word. Sizes
 * ({{size}}, {{max}}, {{declared}}), counts ({{rows}}, {{maxRows}}, {{columns}}, {{maxColumns}})
 * and {{seconds}} arrive as numbers and are formatted for the locale by the import dialog
 * (renderer/features/import/say-import.ts); {{detail}} is the spreadsheet reader's own English.
 */
export const file = {
  tooLarge: '{{file}} is {{size}}; PriceDesk imports files up to {{max}}. Split it into smaller files.',
  empty: '{{file}} is empty (0 bytes).',
  noSheets: '{{file}} has no sheets.',
  containerDamaged: 'The file is damaged: its container could not be opened ({{detail}}).',
  passwordProtected: '{{file}} is protected with a password. Open it in your spreadsheet program, remove the password (or save an unprotected copy) and import that.',
  damaged: '{{file}} could not be read: the file looks damaged or incomplete ({{detail}}). Open it in your spreadsheet program and save it again.',
  tooManyRows: 'Sheet "{{sheet}}" has {{rows}} rows; PriceDesk imports at most {{maxRows}} rows at once. Split the sheet into smaller files.',
  tooManyRowsOver: 'Sheet "{{sheet}}" has more than {{maxRows}} rows; PriceDesk imports at most {{maxRows}} rows at once. Split the sheet into smaller files.',
  sheetEmpty: 'Sheet "{{sheet}}" is empty.',
  unsupportedType: '{{file}} is not a spreadsheet type PriceDesk reads. Choose an .xlsx, .xlsm, .xls, .ods, .csv or .tsv file.',
  zipNotWorkbook: '{{file}} is a zip archive but not a workbook (no Excel or OpenDocument content inside).',
  binary: '{{file}} is not a spreadsheet or text file: its content is binary data PriceDesk cannot read.',
  /** A known kind of file that is not a spreadsheet (shared/import/sniff.ts). */
  other: {
    pdf: '{{file}} is not a spreadsheet: it is a PDF document.',
    png: '{{file}} is not a spreadsheet: it is a PNG image.',
    jpeg: '{{file}} is not a spreadsheet: it is a JPEG image.',
    gif: '{{file}} is not a spreadsheet: it is a GIF image.',
    gzip: '{{file}} is not a spreadsheet: it is a gzip archive.',
    rar: '{{file}} is not a spreadsheet: it is a RAR archive.',
    '7zip': '{{file}} is not a spreadsheet: it is a 7-Zip archive.',
  },
  zipDamaged: '{{file}} is damaged: its zip structure is broken, so it cannot be read. Open it in your spreadsheet program and save it again.',
  zipTooBig: '{{file}} was not opened: its {{size}} unpack to more than {{max}}, the limit. A file like this is either damaged or built to overload the computer (a "zip bomb").',
  zipTooBigDeclared:
    '{{file}} was not opened: its {{size}} unpack to {{declared}}, more than the {{max}} limit. A file like this is either damaged or built to overload the computer (a "zip bomb").',
  zipSizesDisagree:
    '{{file}} was not opened: its part "{{part}}" is not the size the file says (its two size records disagree). A file like this is either damaged or built to overload the computer (a "zip bomb").',
  zipPartOverDeclared:
    '{{file}} was not opened: its part "{{part}}" is not the size the file says (it holds more than the {{declared}} it declares). A file like this is either damaged or built to overload the computer (a "zip bomb").',
  zipPartWrongSize:
    '{{file}} was not opened: its part "{{part}}" is not the size the file says (it holds {{size}}, not the {{declared}} it declares). A file like this is either damaged or built to overload the computer (a "zip bomb").',
  timeout: 'Reading the file took longer than {{seconds}} seconds, the time limit, so it was stopped. The file may be too large or damaged; try saving only the sheet you need, or as .csv.',
  outOfMemory: 'Reading the file needed more than {{size}} of memory, the limit, so it was stopped. The file may be too large or damaged; try saving only the sheet you need, or as .csv.',
  chooseSku: 'Choose the column with the SKU first.',
  choosePrice: 'Choose the column with the new price first.',
  sameColumn: 'The SKU and the new prices must be different columns.',
  noSheetNamed: '{{file}} has no sheet named "{{sheet}}".',
  openFirst: 'Open a file first.',
  sheetNotInFile: 'That sheet is not in the file.',
  unreadable: 'The file could not be read ({{detail}}).',
  readerFailed: 'The file could not be read: {{detail}}.',
  readerCrashed: 'The file could not be read: the reader stopped unexpectedly.',
  readerStopped: 'The file reader was stopped; open the file again.',
  replaced: 'Replaced by a newer request.',
  /** Notes on a file and its columns; {{claimed}} and {{real}} are formats, named by `importing:format`. */
  note: {
    misnamed: '{{file}} is named like {{claimed}} but is really {{real}}; it was read as such.',
    columnsDropped: 'Sheet "{{sheet}}" has {{columns}} columns; only the first {{maxColumns}} were read.',
    mergedHeader: 'Header cells {{range}} are merged ("{{text}}"); each column under them is named after it.',
    /** {{kinds}}, {{kind}}: kinds of price, named by `importing:kind`; {{fields}}: field labels joined by `importing:or`. */
    couldBeKinds: '"{{header}}" could be {{kinds}}; choose its field.',
    couldBeFields: '"{{header}}" could be {{fields}}; choose its field.',
    looksLike: '"{{header}}" looks like {{kind}}, which this connection does not have; choose its field or leave it out.',
    looksLikeIn: '"{{header}}" looks like {{kind}} in {{currency}}, which this connection does not have; choose its field or leave it out.',
    bothFirstUsed: '"{{first}}" and "{{second}}" could both be {{field}}; the first is used. Check it.',
    bothSecondUsed: '"{{first}}" and "{{second}}" could both be {{field}}; the second is used. Check it.',
  },
} as const;
