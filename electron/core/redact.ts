/**
 * Removes secrets from text before it reaches a log, an error or the UI. Known secret
 * values are registered as connections load; credential-looking URL parameters, JSON
 * fields and headers are caught by pattern too, so a secret we were never told about
 * (Alephee's API_KEY in a query string, a token a vendor echoes back) is still masked.
 *
 * Redact first, cut afterwards (`excerpt`): a secret that straddles a cut would otherwise
 * lose the end that makes it recognisable and leak its start.
 */
import type { Reported, Said, SaidParam } from '../../shared/said';

export const REDACTED = '[redacted]';

/** Words that make a field, parameter or header name a credential. */
const CREDENTIAL_NAME = String.raw`[\w-]*(?:key|token|secret|password|passwd|pwd|authorization|credentials?|signature)`;

const PATTERNS: [RegExp, string][] = [
  // JSON fields whose name says they carry a credential: "access_token": "…", "password": 123.
  [new RegExp(String.raw`("${CREDENTIAL_NAME}"\s*:\s*)(?:"(?:[^"\\]|\\.)*"|[^\s,}\]"]+)`, 'gi'), `$1"${REDACTED}"`],
  // Query parameters and form fields, whatever their prefix: API_KEY=, client_secret=, refresh_token=.
  [new RegExp(String.raw`((?:^|[?&\s;,("'])${CREDENTIAL_NAME}=)[^&#\s"']+`, 'gi'), `$1${REDACTED}`],
  // Authorization-style headers in text dumps.
  [/((?:authorization|proxy-authorization|x-apikey|x-api-key|x-auth-token)\s*:\s*)(?:(?:basic|bearer|token)\s+)?[^\s,"']+/gi, `$1${REDACTED}`],
  // A bare scheme and credential anywhere else ("Bearer eyJ…", "Basic dXNlcjpwYXNz"). Case
  // matters on purpose: a credential has a digit, a capital or a symbol; "basic settings" has none.
  [/(\b(?:Bearer|bearer|BEARER|Basic|BASIC)\s+)(?=[A-Za-z0-9\-._~+/]*[A-Z0-9\-._~+/])[A-Za-z0-9\-._~+/]{8,}=*/g, `$1${REDACTED}`],
];

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Remember a secret value (and its URL-encoded and base64 forms) to mask from now on. */
  add(secret: string | undefined | null): void {
    if (!secret || secret.length < 4) return;
    this.secrets.add(secret);
    this.secrets.add(encodeURIComponent(secret));
    this.secrets.add(Buffer.from(secret).toString('base64'));
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
    return out;
  }

  /**
   * Something reported with all its words redacted: the English message, the vendor's own
   * words and the string parameters of ours (a parameter may quote the vendor too).
   */
  reported<T extends Partial<Reported>>(r: T): T {
    const { message, vendorMessage, said } = r;
    return {
      ...r,
      ...(typeof message === 'string' ? { message: this.redact(message) } : {}),
      ...(typeof vendorMessage === 'string' ? { vendorMessage: this.redact(vendorMessage) } : {}),
      ...(said ? { said: this.said(said) } : {}),
    };
  }

  /** Our words with every string among their parameters redacted, inner words and lists too. */
  private said(said: Said): Said {
    if (!said.params) return said;
    return { ...said, params: Object.fromEntries(Object.entries(said.params).map(([k, v]) => [k, this.param(v)])) };
  }

  private param<P extends SaidParam>(v: P): P {
    if (typeof v === 'string') return this.redact(v) as P;
    if (typeof v === 'number') return v;
    if (Array.isArray(v)) return v.map((x: string | number | Said) => this.param(x)) as unknown as P;
    return this.said(v as Said) as P;
  }

  /** The redacted text cut to `max` characters: redaction always runs on the whole text first. */
  excerpt(text: string, max: number): string {
    const clean = this.redact(text);
    return clean.length > max ? `${clean.slice(0, max)}…` : clean;
  }
}
