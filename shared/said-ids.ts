/**
 * Every id the Node side may put in a `Said` (shared/said.ts), in one list: the type checks
 * each place that says something, and a unit test checks the English `messages` catalogue
 * has words for every one. Ids are stable (the CLI's --json prints them): add, never rename.
 */
export const SAID_IDS = [
  // A row's result.
  'row.cancelled',
  'row.noResult',
  'row.notSentStopped',
  'row.notSentRateLimited',
  'row.noAnswerUnknown',
  'row.serverErrorUnknown',
  'row.rejected',
  'row.removalUnsupported',
  'row.priceZero',
  'row.priceNegative',
  'row.priceNotANumber',
  'row.waitingForAnswer',
  'row.waitingToSend',
  'row.sentWithoutAnswer',
  'row.notSentInterrupted',
  'row.alreadyReverted',
  // The demo shop's answers.
  'demo.notFound',
  'demo.unknownField',
  'demo.notRemovable',
  'demo.hadNoPrice',
  'demo.priceNotPositive',
  'demo.tooManyDecimals',
  'demo.belowCost',
  // What an HTTP exchange with a vendor came to (connection tests, errors, rows).
  'http.authRefused',
  'http.forbidden',
  'http.notFound',
  'http.rateLimited',
  'http.serverError',
  'http.rejected',
  'http.tls',
  'http.nameNotFound',
  'http.connectionRefused',
  'http.noAnswer',
  'http.timeout',
  'http.tooLarge',
  'http.waitTooLong',
  'http.otherServer',
  'http.invalidAddress',
  'http.notHttps',
  // Connection tests.
  'connection.demoConnected',
  'connection.noAnswer',
  // The app's own refusals and errors (catalogue: messages.refused).

  // Errors of a call from the window.
  'error.invalidRequest',
  'error.unknownChannel',
  'error.cancelled',
  'error.internal',
  'error.keychainMac',
  'error.keychainWindows',
  'error.keychainLinux',
  'error.keychainForeign',

  // What an imported file or one of its cells came to (catalogue: messages.file).
  // File-level: the file could not be read (shared/import). Sizes and counts are raw numbers
  // in the params (the window formats them, renderer/features/import/say-import.ts).
  'file.tooLarge',
  'file.empty',
  'file.noSheets',
  'file.containerDamaged',
  'file.passwordProtected',
  'file.damaged',
  'file.tooManyRows',
  'file.tooManyRowsOver',
  'file.sheetEmpty',
  'file.unsupportedType',
  'file.zipNotWorkbook',
  'file.binary',
  'file.other.pdf',
  'file.other.png',
  'file.other.jpeg',
  'file.other.gif',
  'file.other.gzip',
  'file.other.rar',
  'file.other.7zip',
  'file.zipDamaged',
  'file.zipTooBig',
  'file.zipTooBigDeclared',
  'file.zipSizesDisagree',
  'file.zipPartOverDeclared',
  'file.zipPartWrongSize',
  'file.timeout',
  'file.outOfMemory',
  'file.chooseSku',
  'file.choosePrice',
  'file.sameColumn',
  'file.noSheetNamed',
  // The import worker and the page's side of it.
  'file.openFirst',
  'file.sheetNotInFile',
  'file.unreadable',
  'file.readerFailed',
  'file.readerCrashed',
  'file.readerStopped',
  'file.replaced',
  // Notes on a file and its columns (sizes and counts as raw numbers, formats as codes).
  'file.note.misnamed',
  'file.note.columnsDropped',
  // Notes on the columns (header.ts, field-guess.ts); kinds of price as codes.
  'file.note.mergedHeader',
  'file.note.couldBeKinds',
  'file.note.couldBeFields',
  'file.note.looksLike',
  'file.note.looksLikeIn',
  'file.note.bothFirstUsed',
  'file.note.bothSecondUsed',

  // A connector's own words: its connection form, its tests and its row results (catalogue: messages.vendor).
] as const;

export type SaidId = (typeof SAID_IDS)[number];
