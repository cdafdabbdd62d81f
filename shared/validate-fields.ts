/**
 * Checks connection settings against a connector's field list. Pure, so the connection
 * form validates inline with exactly the rules main enforces when saving.
 */
import type { VendorField } from './types';

/** Problems by field key; empty when everything is fine. */
export function validateFields(fields: VendorField[], values: Record<string, string>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of fields) {
    const value = (values[field.key] ?? '').trim();
    if (!value) {
      if (field.required) problems[field.key] = `${field.label} is required.`;
      continue;
    }
    if (field.pattern && !new RegExp(field.pattern).test(value)) problems[field.key] = `${field.label} does not look right. ${field.help}`;
    else if (field.kind === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) problems[field.key] = `${field.label} must be an email address.`;
    else if (field.kind === 'url' && !/^https?:\/\/[^\s/]+/.test(value)) problems[field.key] = `${field.label} must be a web address starting with https://.`;
    else if (field.kind === 'select' && field.options && !field.options.some((o) => o.value === value)) problems[field.key] = `${field.label} must be one of the listed choices.`;
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
