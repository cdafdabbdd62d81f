/** The window's shell: toolbar, status bar, settings and the dialogs around the grid. */
export const app = {
  toolbar: {
    history: 'History',
    reload: 'Reload prices',
    // {{n}} is the count formatted in the locale; count picks the plural form.
    send_one: 'Send {{n}} change',
    send_other: 'Send {{n}} changes',
  },
  /** The menu a bar's items move into when the window is too narrow for them. */
  more: 'More ▾',
  status: {
    loading: 'Loading prices…',
    progress: '{{done}} of {{total}}',
    rows_one: '{{n}} row',
    rows_other: '{{n}} rows',
    // After a search or filter: {{shown}} of all of them; count is all of them.
    shownRows_one: '{{shown}} of {{n}} row',
    shownRows_other: '{{shown}} of {{n}} rows',
    changed_one: '{{n}} changed',
    changed_other: '{{n}} changed',
    // With a field chosen for the filters, the counts are that field's ({{field}}: its column's name).
    changedIn_one: '{{n}} changed in {{field}}',
    changedIn_other: '{{n}} changed in {{field}}',
    problems_one: '{{n}} problem',
    problems_other: '{{n}} problems',
    problemsIn_one: '{{n}} problem in {{field}}',
    problemsIn_other: '{{n}} problems in {{field}}',
    sum: 'Sum: {{value}}',
    average: 'Average: {{value}}',
    count: 'Count: {{n}}',
  },
  dropOverlay: 'Drop a spreadsheet to import its prices',
  notifications: {
    dismiss: 'Dismiss',
  },
  settings: {
    open: 'Settings',
    title: 'Settings',
    language: 'Language and region',
    languageHelp: 'Words, numbers, prices and dates follow this choice.',
    system: 'As the computer ({{name}})',
    close: 'Close',
  },
} as const;
