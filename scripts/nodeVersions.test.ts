import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The README says plainly which Node versions are supported and names every installed package that
 * asks for a newer Node (npm's EBADENGINE warnings), with why that is harmless. A dependency update that
 * adds such a package, or changes `engines`, fails here until the README says so.
 */
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const readme = readFileSync('README.md', 'utf8');
const lock = readJson('package-lock.json') as { packages: Record<string, { engines?: { node?: string } }> };
const manifest = readJson('package.json') as { engines: { node: string } };

/** A Node range that leaves out Node 20 altogether: a single lower bound at 21 or above. */
const excludesNode20 = (range: string): boolean => {
  if (range.includes('||')) return false;
  const floor = /^>=\s*(\d+)/.exec(range.trim());
  return floor !== null && Number(floor[1]) >= 21;
};

describe('the README on Node versions', () => {
  it('states the same minimum as package.json', () => {
    expect(manifest.engines.node).toBe('>=20.19');
    expect(readme).toContain('Node 20.19+');
  });

  it('names each installed package that wants a newer Node, so the warnings are explained', () => {
    const wantsNewer = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines?.node !== undefined && excludesNode20(entry.engines.node))
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(wantsNewer.length).toBeGreaterThan(0);
    for (const name of wantsNewer) expect(readme, name).toContain(`\`${name}`);
  });
});
