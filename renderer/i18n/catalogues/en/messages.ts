import { refused } from './refusals';
import { vendor } from './vendors';
import { file } from './files';
/**
 * What the Node side reports (shared/said.ts), keyed by its `said` ids (shared/said-ids.ts).
 * The English is the Node side's own `message`, word for word: the window says the same as
 * the CLI. The vendor's own words, where there are some, are quoted after these by `say`.
 */
export const messages = {
  row: {
    cancelled: 'Cancelled before it was sent.',
    noResult: 'No result was recorded for this row.',
    notSentStopped: 'Not sent: {{vendor}} refused the previous request (HTTP {{status}}). Fix the connection and send again.',
    notSentRateLimited:
      'Not sent: {{vendor}} asked PriceDesk to wait {{wait}} before sending more (until {{until}}); PriceDesk waits at most {{cap}}, so it stopped here. Send the remaining prices again after {{until}}.',
    noAnswerUnknown: 'No answer from {{vendor}}. Whether {{vendor}} applied this price is unknown: check it before sending again.',
    serverErrorUnknown: '{{vendor}} had a problem on its side (HTTP {{status}}). Whether {{vendor}} applied this price is unknown: check it before sending again.',
    rejected: '{{vendor}} refused this price:',
    removalUnsupported: 'Not sent: this platform cannot remove prices through its API. Set a price instead, or remove it in the platform itself.',
    priceZero: 'Not sent. The new price {{price}} is zero; prices must be above zero.',
    priceNegative: 'Not sent. The new price {{price}} is negative; prices must be above zero.',
    priceNotANumber: 'Not sent. The new price "{{price}}" is not a number.',
    alreadyReverted: 'Not sent. Already reverted by submission {{submission}}.',
    waitingForAnswer: 'Sent, waiting for the answer.',
    waitingToSend: 'Waiting to be sent.',
    sentWithoutAnswer: 'Sent, but PriceDesk stopped before the answer was recorded. Verify it against the vendor before sending it again.',
    notSentInterrupted: 'Not sent: PriceDesk stopped before sending it.',
  },
  http: {
    authRefused: '{{vendor}} did not accept the credentials. Check the API key (or user and password) in the connection.',
    forbidden: '{{vendor}} refused access: the credentials lack permission for this.',
    notFound: "{{vendor}} does not know this address or item. Check the connection's address, account or list id.",
    rateLimited: '{{vendor}} is limiting requests and asked us to slow down; we tried again but it still refused.',
    serverError: '{{vendor}} had a problem on its side (HTTP {{status}}).',
    rejected: '{{vendor}} rejected the request (HTTP {{status}}).',
    tls: 'The secure connection to {{vendor}} failed (certificate or TLS problem). Check the address, or ask IT whether a proxy intercepts the connection.',
    nameNotFound: "{{vendor}}'s server name could not be found. Check the address in the connection and your internet connection.",
    connectionRefused: "{{vendor}}'s server refused the connection. Check the address in the connection.",
    noAnswer: 'No answer from {{vendor}}: the network connection failed or timed out.',
    timeout: 'No answer from {{vendor}} within {{seconds}} s.',
    tooLarge:
      '{{vendor}} sent an answer larger than {{limit}}, the most PriceDesk reads in one answer; it was not read. If this was a price update, check the prices before sending again.',
    waitTooLong:
      '{{vendor}} asked PriceDesk to wait {{wait}} before sending more (until {{until}}); PriceDesk waits at most {{cap}}, so it stopped here. Send the remaining prices again after {{until}}.',
    otherServer: '{{vendor}} pointed to another server ({{host}}); PriceDesk will not follow it.',
    invalidAddress: 'The {{vendor}} address "{{address}}" is not a valid web address.',
    notHttps: 'The {{vendor}} address must start with https:// (got {{protocol}}).',
  },
  demo: {
    notFound: 'The demo shop has no product with this SKU.',
    unknownField: 'The demo shop has no price field "{{field}}".',
    notRemovable: 'The demo shop cannot remove the {{field}}; set a new one instead.',
    hadNoPrice: 'It had no price already.',
    priceNotPositive: 'Price must be greater than zero.',
    tooManyDecimals_one: 'The demo shop accepts at most {{count}} decimal.',
    tooManyDecimals_other: 'The demo shop accepts at most {{count}} decimals.',
    belowCost: 'Accepted, but the price is below cost ({{cost}}).',
  },
  connection: {
    demoConnected_one: 'Connected to the demo shop: {{count}} product.',
    demoConnected_other: 'Connected to the demo shop: {{count}} products.',
    noAnswer: 'The platform did not answer within {{seconds}} seconds.',
  },
  error: {
    invalidRequest: 'The request was not valid. Check: {{fields}}.',
    unknownChannel: 'The app asked for something this version does not know.',
    cancelled: 'Cancelled.',
    internal: 'Something went wrong inside PriceDesk. The details were written to the log file.',
    keychainMac: 'PriceDesk could not use the macOS Keychain. Open Keychain Access, make sure the "login" keychain is unlocked, and allow PriceDesk when macOS asks.',
    keychainWindows: 'PriceDesk could not use the Windows Credential Manager. Sign in to Windows with your own account (not a guest or kiosk account) and try again.',
    keychainLinux:
      'PriceDesk could not reach the system keychain (Secret Service). Install and start GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), sign in to a desktop session, and unlock the keyring. PriceDesk never stores API keys in a file instead.',
    keychainForeign: 'The keychain entry for this connection is not one PriceDesk wrote. Paste the API key again to replace it.',
  },
  /** Notices about the app's own files (a damaged draft or settings file set aside). */
  notice: {
    draftDamaged: 'Your saved draft for this connection could not be read (the file is damaged), so the grid starts without it. The file was kept as {{file}} in the drafts folder.',
    settingsDamaged:
      'Your settings could not be read (the file is damaged), so PriceDesk started with default settings: saved connections, column layouts and import mappings are not restored. Passwords and keys stay in the system keychain. The damaged file was kept as {{file}} in {{folder}}.',
  },
  /** A pending price's problems (renderer/i18n/problems.ts): the English of shared/grid/validate.ts and shared/field-rules.ts. */
  problem: {
    notPositive: 'The price must be greater than zero.',
    wholePricesOnly: 'This platform accepts whole prices only.',
    tooManyDecimals_one: 'This platform accepts at most {{count}} decimal.',
    tooManyDecimals_other: 'This platform accepts at most {{count}} decimals.',
    belowCost: 'Below cost ({{cost}}).',
    decimalSlip: 'Changes the price by {{percent}}: is a decimal point in the wrong place? Confirm this price before it can be sent.',
    beyondThreshold: 'Changes the price by {{percent}} (more than ±{{threshold}} %).',
    fieldAbove: '{{field}} {{amount}} is above {{against}} {{againstAmount}}.',
    fieldBelow: '{{field}} {{amount}} is below {{against}} {{againstAmount}}.',
  },
  refused,
  vendor,
  file,
} as const;
