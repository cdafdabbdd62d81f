/** The window's shell: toolbar, status bar, settings and the dialogs around the grid. */
export const app = {
  settings: {
    open: 'Settings',
    title: 'Settings',
    language: 'Language and region',
    languageHelp: 'Words, numbers, prices and dates follow this choice.',
    system: 'As the computer ({{name}})',
    close: 'Close',
  },
} as const;
