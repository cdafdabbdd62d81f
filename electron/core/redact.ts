/**
 * Removes secrets from text before it reaches a log, an error or the UI. Known secret
 * values are registered as connections load; credential-looking URL parameters and
 * headers are caught by pattern too, so a secret we were never told about (Alephee's
 * API_KEY in a query string) is still masked.
 */
export const REDACTED = '[redacted]';

const PATTERNS: RegExp[] = [
  // Query parameters whose name says they carry a credential.
  /((?:[?&]|\b)(?:api[_-]?key|apikey|token|access[_-]?token|password|secret|key)=)[^&#\s"']+/gi,
  // Authorization-style headers in text dumps.
  /((?:authorization|x-apikey|x-api-key)\s*[:=]\s*)(?:(?:basic|bearer)\s+)?[^\s,"']+/gi,
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
    for (const pattern of PATTERNS) out = out.replace(pattern, `$1${REDACTED}`);
    return out;
  }
}
