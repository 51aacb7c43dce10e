// `npm start`: build the renderer and the shell, then run the desktop app. Electron >= 42 fetches its
// binary on first launch; where that cannot happen (an offline machine) the built app is served for a
// browser on 127.0.0.1 instead. `npm start -- --browser` goes straight to browser mode.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { serveStatic } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererDist = path.join(root, 'dist', 'renderer');
const DEFAULT_PORT = 5180;
const DOWNLOAD_TIMEOUT_MS = Number(process.env.ONCEDESK_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 45_000);

const say = (zh, en) => console.log(`\n${zh}\n${en}`);

const buildRenderer = async () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  process.env.VITE_ONCEDESK_VERSION ??= pkg.version;
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
};

/**
 * Where the electron package says its binary lives, without `require('electron')`: that call downloads
 * synchronously with no time limit, which on an offline machine can hang for minutes.
 * @returns {{ packageDir: string, binary: string | null }}
 */
const locateElectron = () => {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative ?? 'electron')
    : relative
      ? path.join(packageDir, 'dist', relative)
      : null;
  return { packageDir, binary: candidate && existsSync(candidate) ? candidate : null };
};

/**
 * Runs the package's own installer (the same one `require('electron')` would run), bounded in time.
 * @param {string} packageDir
 * @returns {Promise<string>} why it failed, or '' on success
 */
const downloadElectron = (packageDir) =>
  new Promise((resolve) => {
    say(
      '正在获取 Electron 程序（首次启动需要联网）…',
      'Fetching the Electron binary (first launch needs the network)…',
    );
    const child = spawn(process.execPath, [path.join(packageDir, 'install.js')], {
      cwd: packageDir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(`timed out after ${Math.round(DOWNLOAD_TIMEOUT_MS / 1000)} s`);
    }, DOWNLOAD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      const firstLine = stderr.split('\n').find((line) => line.trim() !== '') ?? '';
      resolve(code === 0 ? '' : firstLine.trim() || `installer exited with code ${code}`);
    });
  });

/** @returns {Promise<{ binary: string } | { reason: string }>} */
const resolveElectronBinary = async () => {
  let located;
  try {
    located = locateElectron();
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  if (located.binary) return { binary: located.binary };
  const failure = await downloadElectron(located.packageDir);
  const after = locateElectron();
  if (after.binary) return { binary: after.binary };
  return { reason: failure || 'the Electron binary is missing after the download' };
};

/** @param {string} binary */
const runElectron = (binary) =>
  new Promise((resolve) => {
    const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
    const forward = (signal) => () => child.kill(signal);
    process.on('SIGINT', forward('SIGINT'));
    process.on('SIGTERM', forward('SIGTERM'));
    child.on('error', (error) => resolve({ started: false, reason: error.message }));
    child.on('exit', (code, signal) => resolve({ started: true, code: code ?? (signal ? 1 : 0) }));
  });

const serveForBrowser = async () => {
  const requested = Number(process.env.PORT ?? DEFAULT_PORT);
  const port = Number.isInteger(requested) && requested >= 0 && requested < 65536 ? requested : DEFAULT_PORT;
  const server = await serveStatic(rendererDist, { host: '127.0.0.1', port, fallbackToFreePort: true });
  say(
    `请用浏览器（Chrome、Edge 或 Chromium）打开：${server.url}\n按 Ctrl+C 停止。`,
    `Open this address in a browser (Chrome, Edge or Chromium): ${server.url}\nPress Ctrl+C to stop.`,
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

const main = async () => {
  const browserOnly = process.argv.slice(2).includes('--browser');
  console.log('Building the renderer (vite build)…');
  await buildRenderer();
  if (browserOnly) {
    await serveForBrowser();
    return;
  }
  console.log('Building the desktop shell (dist-electron)…');
  await buildElectron();
  const electron = await resolveElectronBinary();
  if ('binary' in electron) {
    const result = await runElectron(electron.binary);
    if (result.started) process.exit(result.code);
    electron.reason = result.reason;
  }
  say(
    `本机无法使用桌面外壳（Electron 程序不可用：${electron.reason}）。改为在浏览器中提供本应用。`,
    `The desktop shell is unavailable on this machine (no Electron binary: ${electron.reason}). Serving the app for a browser instead.`,
  );
  await serveForBrowser();
};

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
