import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, NodeResult, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core in the page under test (issue 12, item 10: WCAG 2.1 AA). The engine's source comes from the
 * npm package on disk and is evaluated through the DevTools protocol: no network, and the app's CSP
 * (`script-src 'self'`) does not apply to it, so the app runs under its real policy.
 */
let axeSource: Promise<string> | undefined;
const loadAxeSource = () =>
  (axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/**
 * Every rule axe runs by default (WCAG 2.0/2.1 A and AA, best practices), contrast and "the accessible
 * name contains the visible label" named so that no default could drop them; nothing is switched off.
 * Only the impact of a violation decides whether it fails the test.
 */
const runOptions: RunOptions = {
  resultTypes: ['violations'],
  rules: { 'color-contrast': { enabled: true }, 'label-content-name-mismatch': { enabled: true } },
};

/** Violations a clerk using a screen reader, the keyboard or weak eyes is actually stopped by. */
const blocking = new Set(['serious', 'critical']);

/** One element failing one rule on one screen. */
export type Violation = {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  target: string;
  html: string;
  why: string;
};

const whyOf = (node: NodeResult): string =>
  [...node.any, ...node.all, ...node.none]
    .map((check) => check.message)
    .filter(Boolean)
    .join(' / ');

/** Runs axe on the whole document as it stands (open dialogs included): its serious and critical findings. */
export const seriousViolations = async (page: Page, screen: string): Promise<Violation[]> => {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(await loadAxeSource());
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (context: Document, o: unknown) => Promise<AxeResults> } }).axe.run(
        document,
        options,
      ),
    runOptions,
  );
  return results.violations
    .filter((violation) => blocking.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map((node) => ({
        screen,
        rule: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        target: node.target.join(' '),
        html: node.html.length > 240 ? `${node.html.slice(0, 240)}…` : node.html,
        why: whyOf(node),
      })),
    );
};

/**
 * The report a developer reads on failure: one block per rule and element (the same element fails on
 * every screen that shows it, so the screens are listed instead of repeating the block), with the
 * element's markup and axe's reason, e.g. the measured contrast ratio.
 */
export const formatViolations = (violations: readonly Violation[]): string => {
  const groups = new Map<string, { first: Violation; screens: string[] }>();
  for (const violation of violations) {
    const key = `${violation.rule}\n${violation.target}\n${violation.html}\n${violation.why}`;
    const group = groups.get(key);
    if (group) {
      if (!group.screens.includes(violation.screen)) group.screens.push(violation.screen);
    } else groups.set(key, { first: violation, screens: [violation.screen] });
  }
  return [...groups.values()]
    .map(
      ({ first, screens }) =>
        `[${first.impact}] ${first.rule}: ${first.help}\n` +
        `  element: ${first.target}\n  ${first.html}\n  why: ${first.why}\n` +
        `  on ${screens.length} screen(s): ${screens.slice(0, 8).join('; ')}${screens.length > 8 ? '; …' : ''}`,
    )
    .join('\n\n');
};
