/**
 * Saves bytes as a file the way a web page does: a Blob behind a link with a download
 * attribute. Electron shows its save dialog for it; main is not involved.
 */
export function download(bytes: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Demo shop" + "changes" -> "Demo-shop-changes-2026-03-01". */
export function exportName(connectionLabel: string, what: string, now = new Date()): string {
  const safe = `${connectionLabel}-${what}`.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return `${safe || 'PriceDesk'}-${now.toISOString().slice(0, 10)}`;
}

/** An .xlsx file's media type, for `download`. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
