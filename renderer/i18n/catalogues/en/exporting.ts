/** The Export menu: what is exported, in which format, and the notice when it is saved. */
export const exporting = {
  menu: 'Export',
  what: {
    grid: 'All rows',
    filtered: 'Filtered rows',
    changes: 'Changes only',
    results: 'Last results',
    template: 'Import template',
  },
  format: {
    xlsx: '{{what}} (.xlsx)',
    csv: '{{what}} (.csv)',
    'excel-csv': '{{what}} (CSV for Excel, semicolon)',
  },
  /** Inside an exported file: the sheet's name and each row's result (column headers stay English: the import reads them back). */
  sheet: { prices: 'Prices', changes: 'Changes', results: 'Results', template: 'Template' },
  result: { ok: 'Updated', warning: 'Updated with a warning', error: 'Failed', skipped: 'Skipped', unknown: 'Unknown: check on the platform' },
  /** The suggested file name after the connection's name ("Demo-shop-changes-2026-03-01"): lower case, hyphens, no spaces. */
  fileName: { grid: 'prices', filtered: 'filtered-prices', changes: 'changes', results: 'results', template: 'import-template' },
  saved_one: 'Saved {{n}} row to {{file}}.',
  saved_other: 'Saved {{n}} rows to {{file}}.',
} as const;
