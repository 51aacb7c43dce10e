import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLogger } from './logging';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oncedesk-log-'));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('createFileLogger', () => {
  const now = () => new Date('2025-03-01T08:30:00.000Z');

  it('appends timestamped lines, creating the folder', () => {
    const dir = path.join(tempDir(), 'logs');
    const log = createFileLogger(dir, now);
    log.info('starting');
    log.error('print failed', new Error('no printer'));
    const text = fs.readFileSync(path.join(dir, 'main.log'), 'utf8');
    expect(text).toMatch(/^2025-03-01T08:30:00.000Z INFO starting\n/);
    expect(text).toContain('ERROR print failed: Error: no printer');
  });

  it('keeps one older file once the log grows past 5 MiB', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'main.log'), 'x'.repeat(5 * 1024 * 1024 + 1));
    createFileLogger(dir, now).info('after rotation');
    expect(fs.statSync(path.join(dir, 'main.old.log')).size).toBeGreaterThan(5 * 1024 * 1024);
    expect(fs.readFileSync(path.join(dir, 'main.log'), 'utf8')).toContain('after rotation');
  });
});
