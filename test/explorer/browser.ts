import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { projectRoot } from '../../src/config/paths.js';

/**
 * Headless Chromium for the browser tests: Debian's `chromium` (or PLANGRAPH_CHROMIUM), driven
 * by playwright-core, which downloads no browser of its own. Each run gets a fresh profile.
 */
export const CHROMIUM_CANDIDATES = [process.env.PLANGRAPH_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);

export function findChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p));
}

export const NO_CHROMIUM = `No Chromium found (looked for ${CHROMIUM_CANDIDATES.join(', ')}). Install Debian's: apt-get install -y chromium (or set PLANGRAPH_CHROMIUM to a Chromium executable).`;

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(executablePath: string): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

function newest(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return Math.max(0, ...fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => fs.statSync(path.join(e.parentPath, e.name)).mtimeMs));
}

/** Builds the explorer when dist/explorer is missing or older than its sources. */
export function ensureExplorerBuilt(): void {
  const root = projectRoot();
  const index = path.join(root, 'dist', 'explorer', 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(newest(path.join(root, 'explorer')), newest(path.join(root, 'client', 'generated')));
  if (built >= sources) return;
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', 'explorer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`building the explorer failed:\n${run.stdout}\n${run.stderr}`);
}

export const SCREENSHOTS = path.join(projectRoot(), '.screenshots');
