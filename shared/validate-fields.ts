/**
 * Checks connection settings against a connector's field list. Pure, so the connection
 * form validates inline with exactly the rules main enforces when saving.
 */
import type { VendorField } from './types';

/** What is wrong with one field's value, as a code the window words in its language. */
export type FieldProblem = 'required' | 'pattern' | 'email' | 'url' | 'select';

/** The problem with a field's value, or null when it is fine (empty counts only where required). */
export function fieldProblem(field: VendorField, raw: string | undefined): FieldProblem | null {
  const value = (raw ?? '').trim();
  if (!value) return field.required ? 'required' : null;
  if (field.pattern && !new RegExp(field.pattern).test(value)) return 'pattern';
  if (field.kind === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return 'email';
  if (field.kind === 'url' && !/^https?:\/\/[^\s/]+/.test(value)) return 'url';
  if (field.kind === 'select' && field.options && !field.options.some((o) => o.value === value)) return 'select';
  return null;
}

const PROBLEM_WORDS: Record<FieldProblem, (field: VendorField) => string> = {
  required: (f) => `${f.label} is required.`,
  pattern: (f) => `${f.label} does not look right. ${f.help}`,
  email: (f) => `${f.label} must be an email address.`,
  url: (f) => `${f.label} must be a web address starting with https://.`,
  select: (f) => `${f.label} must be one of the listed choices.`,
};

/**
 * Problems by field key, in `words` (English by default: main and the CLI; the window
 * passes its own language's); empty when everything is fine.
 */
export function validateFields(
  fields: VendorField[],
  values: Record<string, string>,
  words: (problem: FieldProblem, field: VendorField) => string = (problem, field) => PROBLEM_WORDS[problem](field),
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of fields) {
    const problem = fieldProblem(field, values[field.key]);
    if (problem) problems[field.key] = words(problem, field);
  }
  return problems;
}

/** Splits a connector's fields into the non-secret settings and the secret ones. */
export function splitFields(fields: VendorField[]): { settings: VendorField[]; secrets: VendorField[] } {
  return { settings: fields.filter((f) => f.kind !== 'secret'), secrets: fields.filter((f) => f.kind === 'secret') };
}

/**
 * The connection form's two parts, each in the connector's order: the fields everyone
 * fills in (a secret declared right after the fields it belongs with), and the advanced
 * ones folded away.
 */
export function formSections(fields: VendorField[]): { main: VendorField[]; advanced: VendorField[] } {
  return { main: fields.filter((f) => !f.advanced), advanced: fields.filter((f) => f.advanced) };
}

/**
 * The routing fields (where requests go) whose value differs between two sets of settings;
 * empty and absent count as the same. Main clears a saved secret when this is not empty,
 * and the connection form then asks for the secret again.
 */
export function changedRouting(fields: VendorField[], before: Record<string, string>, after: Record<string, string>): VendorField[] {
  return fields.filter((f) => f.routing && (before[f.key] ?? '').trim() !== (after[f.key] ?? '').trim());
}
