/**
 * Reading vendor JSON through zod. Every connector parses answers against a schema and,
 * when one does not fit, tells the user which field tripped it rather than crashing: a
 * vendor changing its API then reads as "sent X PriceDesk could not read (field: why)".
 */
import type { z } from 'zod';
import { AppError } from '../../core/errors';

/** The first problem zod found: the field path (or undefined for the whole answer) and why. */
export interface AnswerProblem {
  field: string | undefined;
  reason: string | undefined;
}

/** Parses `json` with `schema`; `explain` turns the first problem into the user's message. */
export function parseWith<T>(schema: z.ZodType<T>, json: unknown, explain: (problem: AnswerProblem) => string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError('vendor_error', explain({ field: issue?.path.length ? issue.path.join('.') : undefined, reason: issue?.message }));
}

/** Parses a vendor answer, or throws "<Vendor> sent <what> PriceDesk could not read (<field>: <why>)." */
export function parseVendorAnswer<T>(vendor: string, schema: z.ZodType<T>, json: unknown, what: string): T {
  return parseWith(schema, json, ({ field, reason }) => `${vendor} sent ${what} PriceDesk could not read (${field ?? 'the body'}: ${reason ?? 'unexpected shape'}).`);
}
