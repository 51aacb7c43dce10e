import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './dataDirLock';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'oncedesk-lock-'));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A process that takes the lock, says so, and then waits to be killed. */
const holder = (dataDir: string) => {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--eval',
      `import('./server/dataDirLock.ts').then(async ({ lockDataDir }) => {
         await lockDataDir(${JSON.stringify(dataDir)});
         console.log('locked');
         setInterval(() => undefined, 1000);
       });`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return { child, locked };
};

describe('data folder lock', () => {
  it('refuses a second holder while the first one lives, and lets it in after release', async () => {
    const dataDir = freshDir();
    const release = await lockDataDir(dataDir);
    await expect(lockDataDir(dataDir)).rejects.toThrow(/in use/);
    await release();
    const again = await lockDataDir(dataDir);
    await again();
  }, 30_000);

  it('starts although an old PID lock file names this very process (a container restarted as PID 1)', async () => {
    const dataDir = freshDir();
    writeFileSync(join(dataDir, 'oncedesk.lock'), String(process.pid));
    const release = await lockDataDir(dataDir);
    await release();
  }, 30_000);

  it('refuses while another process holds it, and starts after that process was killed uncleanly', async () => {
    const dataDir = freshDir();
    const { child, locked } = holder(dataDir);
    try {
      await locked;
      await expect(lockDataDir(dataDir)).rejects.toThrow(/in use/);
    } finally {
      child.kill('SIGKILL');
    }
    await new Promise((resolve) => child.once('exit', resolve));
    // No clean-up ran: the lock is left behind, and must be seen as stale once its holder stops touching it.
    const release = await lockDataDir(dataDir);
    await release();
  }, 60_000);
});
