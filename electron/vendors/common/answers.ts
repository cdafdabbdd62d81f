/**
 * Reading vendor JSON through zod. Every connector parses answers against a schema and,
 * when one does not fit, tells the user which field tripped it rather than crashing: a
 * vendor changing its API then reads as "sent X PriceDesk could not read (field: why)".
 */
import type { z } from 'zod';
import { wordedError, words, type Words } from './words';

/** The first problem zod found: the field path (or undefined for the whole answer) and why. */
export interface AnswerProblem {
  field: string | undefined;
  reason: string | undefined;
}

/** Parses `json` with `schema`; `explain` turns the first problem into the user's message (with our words for it). */
export function parseWith<T>(schema: z.ZodType<T>, json: unknown, explain: (problem: AnswerProblem) => Words): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw wordedError('vendor_error', explain({ field: issue?.path.length ? issue.path.join('.') : undefined, reason: issue?.message }));
}

/** Our words for an answer that did not fit: the vendor, and the field and why (technical, shown as they are). */
export function unreadable(vendor: string, message: string, { field, reason }: AnswerProblem): Words {
  return words(message, 'vendor.unreadableAnswer', { vendor, field: field ?? '-', reason: reason ?? '-' });
}

/** Parses a vendor answer, or throws "<Vendor> sent <what> PriceDesk could not read (<field>: <why>)." */
export function parseVendorAnswer<T>(vendor: string, schema: z.ZodType<T>, json: unknown, what: string): T {
  return parseWith(schema, json, (problem) => unreadable(vendor, `${vendor} sent ${what} PriceDesk could not read (${problem.field ?? 'the body'}: ${problem.reason ?? 'unexpected shape'}).`, problem));
}
