import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createReportShell, type ReportShellDeps } from '@main/shell/report-shell';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-report-shell-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeWindowClass(log: string[]) {
  return class {
    destroyed = false;
    constructor(readonly options: { show?: boolean; webPreferences?: { javascript?: boolean } }) {
      log.push(`new show=${options.show} js=${options.webPreferences?.javascript}`);
    }
    webContents = {
      setWindowOpenHandler: () => log.push('deny-open'),
      on: (event: string) => log.push(`on ${event}`),
      printToPDF: async (o: { pageSize: string }) => {
        log.push(`print ${o.pageSize}`);
        return Buffer.from('%PDF-1.7');
      },
    };
    loadURL = async (url: string) => {
      log.push(`load ${Buffer.from(url.split(',')[1]!, 'base64').toString('utf8')}`);
    };
    isDestroyed = () => this.destroyed;
    destroy = () => {
      this.destroyed = true;
      log.push('destroy');
    };
  } as unknown as ReportShellDeps['BrowserWindow'];
}

describe('report shell', () => {
  it('prints in a hidden window without JavaScript and always closes it', async () => {
    const log: string[] = [];
    const shell = createReportShell({
      BrowserWindow: fakeWindowClass(log),
      dialog: { showSaveDialog: async () => ({ canceled: true, filePath: '' }) },
      parent: () => null,
      defaultDir: dir,
      paper: 'Letter',
    });
    const pdf = await shell.printToPdf!('<p>hi</p>');
    expect(pdf.toString()).toBe('%PDF-1.7');
    expect(log).toEqual([
      'new show=false js=false',
      'deny-open',
      'on will-navigate',
      'load <p>hi</p>',
      'print Letter',
      'destroy',
    ]);
  });

  it('writes the file where the save dialog says, and nothing when cancelled', async () => {
    const target = path.join(dir, 'chosen.json');
    let defaultPath = '';
    let answer = { canceled: true, filePath: '' };
    const shell = createReportShell({
      BrowserWindow: fakeWindowClass([]),
      dialog: {
        showSaveDialog: (async (o: { defaultPath: string }) => ((defaultPath = o.defaultPath), answer)) as never,
      },
      parent: () => null,
      defaultDir: dir,
    });
    expect(
      await shell.saveFile({
        defaultName: 'tesla-connect-doctor_2026-11-28.json',
        format: 'json',
        data: Buffer.from('{}'),
      }),
    ).toBeNull();
    expect(defaultPath).toBe(path.join(dir, 'tesla-connect-doctor_2026-11-28.json'));
    answer = { canceled: false, filePath: target };
    expect(await shell.saveFile({ defaultName: 'x.json', format: 'json', data: Buffer.from('{"a":1}') })).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}');
  });
});
