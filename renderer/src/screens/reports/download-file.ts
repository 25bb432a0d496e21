// Renderer: browser mode saves an export or the support bundle by handing the page a file to download.
import type { ExportResult } from '@shared/contract';

export function downloadExport(result: ExportResult): void {
  if (result.download) downloadFile(result.fileName, result.download);
}

/** Hands the page a file to save through the browser's downloads. */
export function downloadFile(
  fileName: string,
  file: { data: string; encoding: 'utf8' | 'base64'; mimeType: string },
): void {
  const { data, encoding, mimeType } = file;
  const bytes =
    encoding === 'base64' ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) : new TextEncoder().encode(data);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
