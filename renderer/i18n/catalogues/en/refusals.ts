/**
 * Part of the `messages` namespace (key `refused`): see messages.ts. The app's own refusals
 * and errors (connections, submissions, history, journals), word for word the English
 * `message` the Node side writes beside the id.
 */
export const refused = {
  // A saved connection (electron/core/connections.ts) and the IPC door (electron/main/ipc.ts).
  connectionGone: 'That connection no longer exists. Pick another one in the sidebar.',
  demoUnchangeable: 'The demo shop cannot be changed.',
  demoNotDuplicable: 'The demo shop cannot be duplicated.',
  demoNotRemovable: 'The demo shop cannot be removed.',
  nameMissing: 'Give the connection a name.',
  platformFixed: 'A connection cannot change its platform. Create a new connection instead.',
  noSecretNeeded: 'This connection needs no secret.',
  keyMissing: 'The API key for "{{label}}" is missing. Edit the connection and paste it again.',
  fieldRequired: '{{label}} is required.',
  fieldPattern: '{{label}} does not look right. {{help}}',
  fieldEmail: '{{label}} must be an email address.',
  fieldUrl: '{{label}} must be a web address starting with https://.',
  fieldSelect: '{{label}} must be one of the listed choices.',
  notFromApp: 'This request did not come from PriceDesk itself.',
  // Sending, loading and history (electron/core/handlers).
  submissionRunning: 'A submission to this connection is already running. Wait for it or cancel it first.',
  revertedOnce: 'Nothing sent: Already reverted by submission {{submission}}. A submission is reverted once.',
  nothingToResend: 'Nothing to resend: every row went through, needs verifying first, or was held back.',
  userCancelled: 'Cancelled by the user.',
  newerCheck: 'A newer check replaced this one.',
  newerLoad: 'A newer load of this catalog replaced this one.',
  loadCancelled: 'Loading the prices was cancelled. Press "Reload prices" to load them again.',
  submissionConnectionGone: 'The connection this submission used no longer exists.',
  nothingToRevertRows: 'Nothing to revert: the chosen rows were already reverted by submission {{submission}}. A submission is reverted once.',
  nothingToRevertSubmission: 'Nothing to revert: this submission was already reverted by submission {{submission}}. A submission is reverted once.',
  // A submission and its journal (electron/core/submission).
  stillSendingRetry: 'Submission {{id}} is still being sent. Wait for it to finish before the retry.',
  stillSendingRevert: 'Submission {{id}} is still being sent. Wait for it to finish before the revert.',
  stillSendingVerification: 'Submission {{id}} is still being sent. Wait for it to finish before the verification.',
  sameConnectionRetry: 'Submission {{id}} went to "{{label}}". A retry must go to that same connection; nothing was sent.',
  sameConnectionRevert: 'Submission {{id}} went to "{{label}}". A revert must go to that same connection; nothing was sent.',
  cannotVerify: '{{vendor}} cannot read single prices back, so PriceDesk cannot verify these rows. Reload the catalog and check them there.',
  busySendingHere:
    'Submission {{id}} is busy. It is still being sent in this window. Retry, revert and verify wait until that ends; a process that stops without ending counts as stopped once it has not renewed its lock for {{seconds}} seconds.',
  busyVerifyingHere:
    'Submission {{id}} is busy. It is being verified in this window. Retry, revert and verify wait until that ends; a process that stops without ending counts as stopped once it has not renewed its lock for {{seconds}} seconds.',
  busySendingApp:
    'Submission {{id}} is busy. Being sent by the PriceDesk app (process {{pid}} on {{host}}). Retry, revert and verify wait until that ends; a process that stops without ending counts as stopped once it has not renewed its lock for {{seconds}} seconds.',
  busyVerifyingApp:
    'Submission {{id}} is busy. Being verified by the PriceDesk app (process {{pid}} on {{host}}). Retry, revert and verify wait until that ends; a process that stops without ending counts as stopped once it has not renewed its lock for {{seconds}} seconds.',
  busySendingCli:
    'Submission {{id}} is busy. Being sent by the command line (process {{pid}} on {{host}}). Retry, revert and verify wait until that ends; a process that stops without ending counts as stopped once it has not renewed its lock for {{seconds}} seconds.',
  busyVerifyingCli:
    'Submission {{id}} is busy. Being verified by the command line (process {{pid}} on {{host}}). Retry, revert and verify wait until that ends; a process that stops without ending counts as stopped once it has not renewed its lock for {{seconds}} seconds.',
  changedTwice: 'Nothing was sent: {{sku}} changes its price twice in one submission. Keep one of the two changes and send again.',
  fieldChangedTwice: 'Nothing was sent: {{sku}} changes its {{field}} price twice in one submission. Keep one of the two changes and send again.',
  readOnlyPrice: 'Nothing was sent: {{sku}} changes a read-only price. {{label}} cannot be changed through PriceDesk: {{reason}}',
  journalNotWritten: 'Nothing was sent: PriceDesk could not write its submission journal in {{dir}} ({{code}}). Check the disk space and permissions.',
  noSubmission: 'There is no submission "{{id}}".',
  // A retry's rows that are not sent again (electron/core/submission/retry.ts).
  notResentUnknown: 'Not resent: its state is unknown. Verify it against the vendor first.',
  notResentHeld: 'Not resent: it was held back as a likely mistake. Check it and send it as a new change.',
  notResentDone: 'Not resent: it already went through.',
  notResentRetried: 'Not resent: retry {{retry}} already sent it again. Look at that submission (and retry it) instead.',
  journalDamaged: 'The journal of submission {{id}} is damaged and cannot be read.',
} as const;
