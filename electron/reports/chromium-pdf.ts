// Main process (plain Node). The report's HTML as a PDF through a headless Chromium, for the headless tool
// and tests (the desktop app prints through Electron's own printToPDF in electron/shell/print-to-pdf.ts).
// JavaScript is off: the HTML has none, and an opened report is untrusted.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { textIn } from '@shared/text/languages';

/** The message's words come from the catalogue (English: the log and the terminal read it). */
const english = textIn('en');

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

export class PdfError extends Error {}

/** Prints `html` to a PDF and returns its bytes. */
export async function htmlToPdfWithChromium(
  html: string,
  options: { chromium?: string; timeoutMs?: number } = {},
): Promise<Buffer> {
  const chromium = options.chromium ?? chromiumPath();
  if (!chromium) throw new PdfError(english('errors.pdf_no_chromium'));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tcd-pdf-'));
  try {
    const htmlFile = path.join(dir, 'report.html');
    const pdfFile = path.join(dir, 'report.pdf');
    await writeFile(htmlFile, html, 'utf8');
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-javascript',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-pdf-header-footer',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      `--print-to-pdf=${pdfFile}`,
      `file://${htmlFile}`,
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(chromium, args, { timeout: options.timeoutMs ?? 60_000 }, (error) =>
        error ? reject(new PdfError(english('errors.pdf_print_failed'))) : resolve(),
      );
    });
    const pdf = await readFile(pdfFile).catch(() => null);
    if (!pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
      throw new PdfError(english('errors.pdf_not_produced'));
    return pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
