/**
 * `pricedesk submit`: reads the changes, shows the diff against the vendor's current
 * prices, holds back what the rails stop (../rails.ts), and sends the rest after
 * confirmation. Stdout carries the table or the one JSON document; progress and prompts
 * go to stderr.
 */
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { showPrice } from '../../../shared/money';
import type { RowStatus } from '../../../shared/types';
import { effectiveBatchSize, estimateChanges, planRequests, type PlannedRequest } from '../../../shared/estimate';
import { primaryField } from '../../../shared/price-fields';
import { journalFields } from '../../../shared/submission';
import { runSubmission } from '../../core/submission/engine';
import type { AdapterEnv } from '../../vendors/types';
import type { CliConnection } from '../connection';
import { EXIT_OK, EXIT_ROWS_FAILED, UsageError } from '../errors';
import { endProgress, progressReporter, table } from '../output';
import { changeLines, readChangeRecords } from '../read-changes';
import { cliRails, describeRails, type RailFlags } from '../rails';
import { loadCatalog } from './catalog';
import { testedFields } from './fields';
import { diffCells, holdBackChanges, planChanges, withOutcome, type ResultLine } from './plan';

export interface SubmitOptions {
  changes: string;
  dryRun: boolean;
  yes: boolean;
  json: boolean;
  /** The rails' overrides from the command line. */
  rails: RailFlags;
  signal: AbortSignal;
}

/** The `--json` document. */
export interface SubmitDocument {
  connection: string;
  dryRun: boolean;
  /** The journal's id (`pricedesk history`, `pricedesk verify`); null for a dry run. */
  submissionId: string | null;
  summary: Record<RowStatus, number>;
  /** Held-back rows are `skipped` with a `code` naming the rule. */
  results: ResultLine[];
}

export async function submitCommand(conn: CliConnection, env: AdapterEnv, options: SubmitOptions): Promise<number> {
  // Read the file and the flags before touching the network: a typo should cost nothing.
  const rails = cliRails(conn, options.rails);
  const file = await readChangeRecords(options.changes);
  // The connection's price fields (its test) decide which columns of the file are which.
  const fields = await testedFields(conn, env, options.signal, 'nothing was sent.', true);
  const primaryId = primaryField(fields).id;
  const lines = changeLines(file, fields, conn.label);
  const catalog = await loadCatalog(conn, env, options.signal);
  const { planned, stopped } = holdBackChanges(planChanges(lines, catalog, fields), rails, file.unit);
  const sendAt = planned.flatMap((p, i) => (p.kind === 'send' ? [i] : []));
  const toSend = planned.flatMap((p) => (p.kind === 'send' ? [p] : []));
  const held = planned.flatMap((p) => (p.kind === 'held' ? [p] : []));
  const unmatched = planned.filter((p) => !p.row).length;

  // A Field column only when the file changes a field besides the primary: today's files print as before.
  const several = lines.some((l) => l.field !== undefined);
  const diff = table(['SKU', ...(several ? ['Field'] : []), 'Name', 'Old', 'New', 'Change', 'Note'], planned.map((p) => diffCells(p, several)));
  // In JSON mode stdout is the document alone; people still see the diff on stderr.
  const settled = planned.length - toSend.length - held.length - unmatched;
  const what = several ? ' (one line per SKU and price field)' : '';
  (options.json ? process.stderr : process.stdout).write(`${diff}\n\n${toSend.length} to send, ${held.length} held back, ${settled} unchanged or rejected, ${unmatched} SKUs not found${what}.\n`);
  if (stopped) process.stderr.write(`Nothing sent: ${stopped}\nCheck the file. If it is right, --allow-partial sends the rows that pass; --max-increase, --max-decrease and --allow-below-cost allow what was held back.\n`);

  // Every result names its field, the primary's by its id: one result per (SKU, field).
  const results: ResultLine[] = planned.map((p) => {
    const field = p.line.field ?? primaryId;
    if (p.kind !== 'send') {
      const { sku, ...rest } = p.result;
      return { sku, field, ...rest };
    }
    return { sku: p.line.sku, field, status: 'skipped', oldPrice: p.change.oldPrice, newPrice: showPrice(p.change.newPrice), message: 'Dry run: not sent.' };
  });
  const { description } = conn.adapter;
  const estimate = estimateChanges(toSend.map((p) => p.change), description.displayName, description.capabilities, conn.connection.settings);
  if (toSend.length) process.stderr.write(`${estimate.words}\n`);
  if (options.dryRun && toSend.length) {
    // The requests the connector would send, by its batch size; nothing leaves.
    const plan = planRequests(toSend.map((p) => p.change), effectiveBatchSize(description.capabilities, conn.connection.settings));
    const lines = plan.slice(0, 50).map((r) => `  request ${r.index}: ${requestSize(r)} (${r.skus.slice(0, 5).join(', ')}${r.skus.length > 5 ? ', …' : ''})`);
    process.stderr.write(`Dry run: would send ${plan.length} ${plan.length === 1 ? 'request' : 'requests'} to ${conn.label}, writing by ${description.capabilities.writesWith}:\n${lines.join('\n')}${plan.length > 50 ? `\n  …and ${plan.length - 50} more` : ''}\n`);
  }
  let submissionId: string | null = null;
  // Held-back rows are journalled even when nothing goes, so history shows what an unattended run held back.
  if (!options.dryRun && (toSend.length || held.length)) {
    if (!options.yes && toSend.length) await confirm(`Send ${toSend.length} price changes to ${conn.label}?`);
    const client = conn.adapter.connect(conn.connection, env);
    // The same journalled engine as the app: a killed run can be recovered with `pricedesk verify`.
    const outcome = await runSubmission({
      dataDir: env.dataDir,
      log: env.log,
      redactor: env.redactor,
      client,
      connection: { id: conn.connection.id, label: conn.label, vendor: conn.adapter.description.id },
      rows: toSend.map((p) => ({ ...p.change, name: p.row.name })),
      fields: journalFields(fields),
      heldBack: held.map((p) => ({ ...p.change, name: p.row.name, code: p.result.code!, message: p.result.message! })),
      rails: rails.record,
      source: 'cli',
      origins: [{ kind: 'cli', detail: basename(options.changes), rows: toSend.length + held.length }],
      signal: options.signal,
      onProgress: progressReporter('Sending'),
      onResults: () => undefined,
      onStarted: (id) => process.stderr.write(`Submission ${id}\n`),
    });
    endProgress();
    submissionId = outcome.id;
    const sent = outcome.results;
    if (outcome.failure) process.stderr.write(`Stopped early: ${outcome.failure}\n`);
    sendAt.forEach((at, i) => {
      results[at] = withOutcome(results[at]!, sent[i]!);
    });
  }

  const summary: Record<RowStatus, number> = { ok: 0, warning: 0, error: 0, skipped: 0, unknown: 0 };
  for (const r of results) summary[r.status]++;
  if (options.json) {
    const document: SubmitDocument = { connection: conn.label, dryRun: options.dryRun, submissionId, summary, results };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else if (!options.dryRun) {
    process.stdout.write(`\n${table(['SKU', ...(several ? ['Field'] : []), 'Status', 'Old', 'New', 'Message'], results.map((r) => [r.sku, ...(several ? [r.field ?? ''] : []), r.status, r.oldPrice ?? '', r.newPrice, r.message ?? '']))}\n`);
  }
  process.stderr.write(`${options.dryRun ? 'Dry run, nothing sent. ' : ''}ok ${summary.ok}, warning ${summary.warning}, error ${summary.error}, skipped ${summary.skipped}, unknown ${summary.unknown}${held.length ? ` (${held.length} held back)` : ''}\n`);
  process.stderr.write(`${describeRails(rails.record)}\n`);
  if (summary.unknown) process.stderr.write(`Rows marked unknown were sent without an answer: check them with "pricedesk verify ${submissionId ?? '<id>'}" before sending them again.\n`);
  if (options.dryRun) return summary.error || held.length ? EXIT_ROWS_FAILED : EXIT_OK;
  return summary.error || summary.skipped || summary.unknown ? EXIT_ROWS_FAILED : EXIT_OK;
}

/** "20 prices", or "20 products, 60 prices" where products change several fields. */
function requestSize(r: PlannedRequest): string {
  const prices = `${r.prices} ${r.prices === 1 ? 'price' : 'prices'}`;
  return r.prices === r.skus.length ? prices : `${r.skus.length} ${r.skus.length === 1 ? 'product' : 'products'}, ${prices}`;
}

/** Asks y/N on a terminal; without one, refuses rather than sending unconfirmed. */
async function confirm(question: string): Promise<void> {
  if (!process.stdin.isTTY) throw new UsageError('Not sending without confirmation: add --yes (or --dry-run to only see the diff).');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) throw new UsageError('Nothing sent.');
  } finally {
    rl.close();
  }
}
