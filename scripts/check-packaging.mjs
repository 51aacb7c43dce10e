// `npm run dist:check`: validates build/electron-builder.yml offline. Real installers need Electron's
// binaries, which cannot be downloaded here, so electron-builder packs `--dir` outputs for Linux and
// Windows (x64 and arm64) around a stub Electron, and the packed app.asar is then inspected.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// Both ship with electron-builder; resolved from it so no extra dependency is needed.
const fromBuilder = createRequire(require.resolve('app-builder-lib/package.json'));
const asar = fromBuilder('@electron/asar');
const resedit = fromBuilder('resedit');
const TIMEOUT_MS = 180_000;

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

/**
 * electron-builder copies the Electron folder, renames the executable and, for Windows, writes the asar
 * integrity hash into the .exe's resources, so the stub .exe must be a real PE file with version info.
 * @param {string} dir
 */
const writeStubElectron = (dir) => {
  writeFileSync(path.join(dir, 'electron'), '#!/bin/sh\necho "stub Electron for dist:check"\n');
  chmodSync(path.join(dir, 'electron'), 0o755);
  const { NtExecutable, NtExecutableResource, Resource } = resedit;
  const exe = NtExecutable.createEmpty(false, false);
  const resources = NtExecutableResource.from(exe);
  const version = Resource.VersionInfo.createEmpty();
  const [major, minor, patch] = electronVersion.split('.').map(Number);
  version.setFileVersion(major, minor, patch, 0, 1033);
  version.setStringValues(
    { lang: 1033, codepage: 1200 },
    { ProductName: 'Electron', FileVersion: electronVersion },
  );
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  writeFileSync(path.join(dir, 'electron.exe'), Buffer.from(exe.generate()));
  writeFileSync(path.join(dir, 'version'), `v${electronVersion}`);
  writeFileSync(path.join(dir, 'LICENSE'), 'stub');
};

/** @param {string[]} args */
const runBuilder = (args) =>
  new Promise((resolve, reject) => {
    const cli = require.resolve('electron-builder/cli.js');
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      // The duplicate-dependency notice is one enormous line about node_modules we do not ship.
      const text = String(chunk)
        .split('\n')
        .filter((line) => !line.includes('duplicate dependency references'))
        .join('\n');
      output += text;
      process.stdout.write(text);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `electron-builder did not finish within ${TIMEOUT_MS / 1000} s (is it trying to download?)`,
        ),
      );
    }, TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`electron-builder exited with code ${code}`));
    });
  });

/**
 * @param {string} appDir e.g. release/linux-unpacked
 * @param {string} executable
 * @returns {string[]} problems found
 */
const inspect = (appDir, executable) => {
  const problems = [];
  if (!existsSync(path.join(appDir, executable))) problems.push(`${executable} missing`);
  const archive = path.join(appDir, 'resources', 'app.asar');
  if (!existsSync(archive)) return [...problems, 'resources/app.asar missing'];
  const files = asar.listPackage(archive, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
  for (const required of [
    '/package.json',
    '/dist-electron/main.cjs',
    '/dist-electron/preload.cjs',
    '/dist/renderer/index.html',
  ]) {
    if (!files.includes(required)) problems.push(`${required} not packed`);
  }
  if (files.some((file) => file.includes('/node_modules/'))) problems.push('node_modules were packed');
  if (files.some((file) => file.endsWith('.map'))) problems.push('source maps were packed');
  const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  if (!files.includes(`/${pkg.main}`)) problems.push(`package.json main (${pkg.main}) is not in the archive`);
  return problems;
};

const main = async () => {
  const started = Date.now();
  await buildElectron();
  if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    console.log('dist/renderer is missing; running vite build…');
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'oncedesk-dist-check-'));
  try {
    const stub = path.join(work, 'electron-stub');
    const output = path.join(work, 'release');
    mkdirSync(stub);
    writeStubElectron(stub);
    await runBuilder([
      '--config',
      'build/electron-builder.yml',
      '--linux',
      '--win',
      '--dir',
      '--x64',
      '--arm64',
      `--config.electronDist=${stub}`,
      `--config.electronVersion=${electronVersion}`,
      `--config.directories.output=${output}`,
      // Editing the .exe's icon and version needs rcedit/winCodeSign, which electron-builder downloads.
      '--config.win.signAndEditExecutable=false',
    ]);
    const outputs = [
      ['linux-unpacked', 'oncedesk'],
      ['linux-arm64-unpacked', 'oncedesk'],
      ['win-unpacked', 'OnceDesk.exe'],
      ['win-arm64-unpacked', 'OnceDesk.exe'],
    ];
    let failed = 0;
    for (const [dir, executable] of outputs) {
      const problems = inspect(path.join(output, dir), executable);
      failed += problems.length > 0 ? 1 : 0;
      console.log(problems.length === 0 ? `ok   ${dir}` : `FAIL ${dir}: ${problems.join('; ')}`);
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `dist:check ${failed === 0 ? 'ok' : 'FAILED'}: ${outputs.length - failed} of ${outputs.length} packed apps valid in ${seconds} s`,
    );
    if (failed > 0) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
