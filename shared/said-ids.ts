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

  // A connector's own words: its connection form, its tests and its row results (catalogue: messages.vendor).
  'vendor.notAPrice',
  'vendor.cliniko.forbidden',
  'vendor.cliniko.otherRegion',
  'vendor.cliniko.keyRefused',
  'vendor.cliniko.pageLoop',
  'vendor.cliniko.badId',
  'vendor.cliniko.unknownField',
  'vendor.cliniko.tooManyDecimals',
  'vendor.cliniko.answerUnreadable',
  'vendor.cliniko.connected',
  'vendor.cliniko.notSavedTogether',
  'vendor.cliniko.notSentInternal',
  'vendor.cliniko.productGone',
  'vendor.cliniko.savedAs',
  'vendor.cliniko.savedCostAs',
  'vendor.cliniko.unknownRegion',
  'vendor.cliniko.keyMissing',
  'vendor.cliniko.emailMissing',
] as const;

export type SaidId = (typeof SAID_IDS)[number];
