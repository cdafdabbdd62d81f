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
  saved_one: 'Saved {{n}} row to {{file}}.',
  saved_other: 'Saved {{n}} rows to {{file}}.',
} as const;
