/**
 * The one IPC contract between renderer and main. Every channel is `domain:action`, takes
 * one object argument validated by its zod schema in main (before any handler runs), and
 * answers an Envelope of its response type. Events flow the other way, typed the same way.
 * Adding a channel here makes TypeScript demand a handler in main and exposes it, typed,
 * on `window.priceDesk` (see shared/bridge.ts).
 */
import { z } from 'zod';
import type {
  CatalogGroups,
  CatalogRow,
  ConnectionSummary,
  Progress,
  RowResult,
  VendorDescription,
} from './types';
import type { StaleConflict } from './preview';
import type { Notice, Reported } from './said';
import { SAID_IDS } from './said-ids';
import { PRICE_FIELD_ID, PRICE_FIELD_KINDS, priceFieldProblems, type PriceField } from './price-fields';
import { ORIGIN_KINDS, type FailureWords, type JournalRow, type RevertPlan, type SubmissionRecord, type SubmissionSummary } from './submission';

/** A channel definition: the request schema plus a phantom response type. */
export interface ChannelDef<S extends z.ZodType, R> {
  request: S;
  /** Type-level only: what the handler returns inside the envelope. */
  readonly response?: R;
}

const channel = <S extends z.ZodType>(request: S) => ({
  returns: <R>(): ChannelDef<S, R> => ({ request }),
});

/** An event definition: type-level only, main is the trusted sender. */
export interface EventDef<P> {
  readonly payload?: P;
}
const event = <P>(): EventDef<P> => ({});

/** A decimal price as text: digits, optional sign, period separator. */
export const decimalString = z
  .string()
  .regex(/^-?\d{1,12}(\.\d{1,6})?$/, 'must be a decimal number such as 12.50');

const id = z.string().min(1).max(200);
const none = z.strictObject({});

/** A price field's id (shared/price-fields.ts): what a change, draft or result names it by. */
const fieldId = z.string().regex(PRICE_FIELD_ID, 'must be a plain name such as retailNZD or price.EUR');
/** A change id (shared/types.ts `changeId`): a row key, or a row key and a field id joined by U+001F. */
const changeIdString = z.string().min(1).max(301);
/** What a submission records of the connection's price fields, so history can name them. */
const journalFieldSchema = z.strictObject({ id: fieldId, label: z.string().min(1).max(200), primary: z.boolean(), readOnly: z.string().min(1).max(500).optional() });

export const priceChangeSchema = z.strictObject({
  key: id,
  sku: z.string().min(1).max(200),
  /** Absent for the primary field (PriceChange.field). */
  field: fieldId.optional(),
  oldPrice: decimalString.nullable(),
  /** null removes the price (connectors with `deletesPrices` only; the others refuse the row). */
  newPrice: decimalString.nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code'),
  vendorIds: z.record(z.string().max(100), z.string().max(500)),
  /** The product name, kept in history only. */
  name: z.string().max(500).optional(),
});

/** A row's grouping fields (CatalogRow.groups): short texts, each optional; connectors build them with catalogGroups(). */
export const catalogGroupsSchema = z.strictObject({
  category: z.string().min(1).max(200).optional(),
  brand: z.string().min(1).max(200).optional(),
  supplier: z.string().min(1).max(200).optional(),
  productType: z.string().min(1).max(200).optional(),
}) satisfies z.ZodType<CatalogGroups>;

/** One price field (shared/price-fields.ts), as a connection test answers it and later changes name it. */
export const priceFieldSchema = z.strictObject({
  id: fieldId,
  label: z.string().min(1).max(200),
  kind: z.enum(PRICE_FIELD_KINDS as [PriceField['kind'], ...PriceField['kind'][]]),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code'),
  vatIncluded: z.boolean(),
  decimals: z.number().int().min(0).max(6),
  removable: z.boolean(),
  primary: z.boolean(),
  readOnly: z.string().min(1).max(500).optional(),
  /** Our words for `readOnly`: one of the Node side's ids, with plain parameters. */
  readOnlySaid: z.strictObject({ id: z.enum(SAID_IDS), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }).optional(),
}) satisfies z.ZodType<PriceField>;

/** A connection's fields: one primary, no name shared (see `priceFieldProblems`). */
export const priceFieldsSchema = z
  .array(priceFieldSchema)
  .min(1)
  .max(200)
  .superRefine((fields, ctx) => {
    for (const problem of priceFieldProblems(fields)) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A catalog row's `prices`: a decimal price (the same rules as `price`) or null per field id. */
export const catalogPricesSchema = z.record(z.string().regex(PRICE_FIELD_ID, 'must be a price field id such as retailNZD or price.EUR'), decimalString.nullable());

/** What Test connection answers: the fields only when it connected. */
export interface ConnectionTestResult extends Reported {
  ok: boolean;
  /** English; `said` is our words for it, `vendorMessage` the vendor's (shared/said.ts). */
  message: string;
  /** The connection's price fields, learned from the vendor; absent when the test failed. */
  fields?: PriceField[];
}

/** A submission id as the journal names it (UTC start time plus a random tail). */
const submissionId = z.string().regex(/^[0-9]{8}T[0-9]{6}-[0-9a-f]{8}$/, 'must be a submission id');

/** Largest change set one call may carry; bigger sets are split by the renderer. */
export const MAX_CHANGES_PER_CALL = 200_000;

/** Where a submission's prices came from (shared/submission `ChangeOrigin`), for history. */
const originSchema = z.strictObject({
  kind: z.enum(ORIGIN_KINDS),
  detail: z.string().max(300).nullable(),
  rows: z.number().int().min(0).max(MAX_CHANGES_PER_CALL),
});

/** A column index per import field (see shared/import): SKU and a price required; `fields` the other price fields' columns by field id (absent in a mapping saved before them). */
const column = z.number().int().min(0).max(10_000).nullable();
export const columnMappingSchema = z.strictObject({
  sku: column,
  price: column,
  cost: column,
  name: column,
  currency: column,
  fields: z.record(fieldId, z.number().int().min(0).max(10_000)).refine((f) => Object.keys(f).length <= 200, 'at most 200 price fields').optional(),
});
/** The header labels a mapping was chosen for: the same set of headers gets it back. */
const headerLabels = z.array(z.string().max(500)).min(1).max(1000);
/** What a draft keeps of a new product (an import's row the vendor has not created yet). */
export const draftProductSchema = z.strictObject({
  name: z.string().max(500),
  cost: decimalString.nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code'),
});
/** One pending new price in a draft, of the primary field unless `field` names another; null is a pending price removal. */
export const draftEditSchema = z.strictObject({ key: id, field: fieldId.optional(), newPrice: decimalString.nullable(), product: draftProductSchema.optional() });
export type DraftEdit = z.infer<typeof draftEditSchema>;

/** A connection's saved draft; `damaged` says a bad draft file was set aside. */
export interface DraftLoad {
  edits: DraftEdit[];
  savedAt: string | null;
  damaged: Notice | null;
}

/** How a person arranged the grid for one connection: columns and the change threshold. */
export const gridLayoutSchema = z.strictObject({
  columns: z
    .array(
      z.strictObject({
        // A price field's columns are named after it (`new:<field id>`, shared/grid/cells.ts).
        colId: z.string().min(1).max(120),
        width: z.number().int().min(20).max(2000).optional(),
        hide: z.boolean().optional(),
        pinned: z.enum(['left', 'right']).nullable().optional(),
      }),
    )
    .max(1000),
  thresholdPercent: z.number().min(0).max(1000).optional(),
  /** The price fields shown besides the primary one, by id; absent: the default choice. */
  fields: z.array(fieldId).max(200).optional(),
});
export type GridLayout = z.infer<typeof gridLayoutSchema>;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** Problems met at start-up that the window should show once (a damaged settings file). */
  notices: Notice[];
  /** The locale the person chose in Settings (words, numbers, dates); null: follow the computer. */
  locale: string | null;
  /** The computer's locale (Electron: app.getLocale()); null where the host cannot tell (the window's own then). */
  systemLocale: string | null;
}

/** A BCP 47 language tag such as sv-SE. */
const localeTag = z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as sv-SE');

export const channels = {
  'app:info': channel(none).returns<AppInfo>(),
  'app:setLocale': channel(z.strictObject({ locale: localeTag.nullable() })).returns<null>(),
  'app:openExternal': channel(z.strictObject({ url: z.url({ protocol: /^https$/ }).max(2000) })).returns<null>(),
  'vendors:list': channel(none).returns<VendorDescription[]>(),
  'connections:list': channel(none).returns<{ connections: ConnectionSummary[]; activeId: string }>(),
  'connections:setActive': channel(z.strictObject({ id })).returns<null>(),
  'connections:save': channel(
    z.strictObject({
      id: id.optional(),
      label: z.string().max(100),
      vendor: z.string().min(1).max(50),
      settings: z.record(z.string().max(100), z.string().max(2000)),
    }),
  ).returns<ConnectionSummary>(),
  /** Write-only: no channel ever returns a secret. */
  'connections:setSecret': channel(z.strictObject({ id, secret: z.record(z.string().max(100), z.string().max(10_000)) })).returns<{ secretState: 'set' }>(),
  'connections:test': channel(z.strictObject({ id })).returns<ConnectionTestResult>(),
  /** `label`: the copy's name in the window's language ("Clinic (copia)"); without it main names it "<label> (copy)". */
  'connections:duplicate': channel(z.strictObject({ id, label: z.string().trim().min(1).max(200).optional() })).returns<ConnectionSummary>(),
  'connections:remove': channel(z.strictObject({ id })).returns<null>(),
  'catalog:load': channel(z.strictObject({ connectionId: id })).returns<{
    rows: CatalogRow[];
    /** The connection's price fields (from a connection test beside the load); empty when the test failed: the primary field only. */
    fields: PriceField[];
    loadedAt: string;
  }>(),
  /** Stops this connection's catalog load; the load then answers with code `cancelled`. */
  'catalog:cancel': channel(z.strictObject({ connectionId: id })).returns<{ cancelled: boolean }>(),
  'changes:submit': channel(
    z.strictObject({
      connectionId: id,
      changes: z.array(priceChangeSchema).min(1).max(MAX_CHANGES_PER_CALL),
      /** Retrying a past submission's failed rows: rows it left unknown are refused. */
      retryOf: submissionId.optional(),
      revertOf: submissionId.optional(),
      /** Where the prices came from; main records a retry's or a revert's itself. */
      origins: z.array(originSchema).max(100).optional(),
      /** The note typed at Send, kept in history. */
      note: z.string().max(500).optional(),
      /** The connection's price fields (from its test), so history names each change's field. */
      fields: z.array(journalFieldSchema).min(1).max(200).optional(),
    }),
  ).returns<{ submissionId: string; results: RowResult[]; failure: string | null; failureWords?: FailureWords }>(),
  /** Stale check: reads the changed rows' prices again and names those that moved. */
  'changes:check': channel(
    z.strictObject({
      connectionId: id,
      rows: z.array(priceChangeSchema.pick({ key: true, sku: true, field: true, oldPrice: true, vendorIds: true })).min(1).max(MAX_CHANGES_PER_CALL),
    }),
  ).returns<{ supported: boolean; conflicts: StaleConflict[] }>(),
  'changes:cancel': channel(z.strictObject({ connectionId: id })).returns<{ cancelled: boolean }>(),
  'history:list': channel(none).returns<{ submissions: SubmissionSummary[] }>(),
  'history:get': channel(z.strictObject({ id: submissionId })).returns<SubmissionRecord>(),
  /** Settles a submission's unknown rows by reading the vendor's prices. */
  'history:verify': channel(z.strictObject({ id: submissionId })).returns<SubmissionRecord>(),
  /** Writes the submission's rows to an .xlsx file the user picks; null when they cancel. */
  /** `locale` (a BCP 47 tag such as sv-SE) places the currency symbols of the price cells' number formats. */
  /** The change set that puts back a submission's old prices (of `keys` only, when given: change ids, `changeId`), and the rows left alone. */
  'history:revert': channel(z.strictObject({ id: submissionId, keys: z.array(changeIdString).min(1).max(MAX_CHANGES_PER_CALL).optional() })).returns<{
    changes: JournalRow[];
    flagged: RevertPlan['flagged'];
    checked: boolean;
  }>(),
  /** The import column mapping remembered for this connection and set of headers, or null. */
  'mappings:get': channel(z.strictObject({ connectionId: id, headers: headerLabels })).returns<{ mapping: z.infer<typeof columnMappingSchema> | null }>(),
  'mappings:save': channel(z.strictObject({ connectionId: id, headers: headerLabels, mapping: columnMappingSchema })).returns<null>(),
  'drafts:load': channel(z.strictObject({ connectionId: id })).returns<DraftLoad>(),
  'drafts:save': channel(z.strictObject({ connectionId: id, edits: z.array(draftEditSchema).max(MAX_CHANGES_PER_CALL) })).returns<{ savedAt: string }>(),
  'drafts:discard': channel(z.strictObject({ connectionId: id })).returns<null>(),
  'layouts:get': channel(z.strictObject({ connectionId: id })).returns<GridLayout | null>(),
  'layouts:save': channel(z.strictObject({ connectionId: id, layout: gridLayoutSchema })).returns<null>(),
} as const;

export const events = {
  'catalog:progress': event<Progress>(),
  'submit:progress': event<Progress>(),
  /** The stale check reading prices again before Confirm is offered. */
  'check:progress': event<Progress>(),
  'submit:results': event<{ connectionId: string; results: RowResult[] }>(),
  /** Edit menu's Undo/Redo: the menu takes Cmd+Z before the page on macOS, so the renderer decides what it undoes. */
  'menu:command': event<{ command: MenuCommand }>(),
} as const;

/** Commands the application menu hands to the renderer. */
export type MenuCommand = 'undo' | 'redo' | 'selectAll';

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type Request<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ParsedRequest<C extends ChannelName> = z.output<Channels[C]['request']>;
export type Response<C extends ChannelName> = Channels[C] extends ChannelDef<z.ZodType, infer R> ? R : never;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = (typeof events)[E] extends EventDef<infer P> ? P : never;

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

/** The fields zod found wrong ("items.0.price, id"), for a window that words the rest itself. */
export function issueFields(error: z.ZodError): string {
  return [...new Set(error.issues.map((issue) => (issue.path.length ? issue.path.join('.') : 'request')))].slice(0, 5).join(', ');
}

/** Formats zod issues as one sentence naming each bad field, for the user and the log. */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'request';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `The request was not valid. ${parts.join('; ')}${more}.`;
}
