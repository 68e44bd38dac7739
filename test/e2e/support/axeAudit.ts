/**
 * An accessibility audit of what the page shows now: axe-core (the npm package) evaluated in the
 * page through the DevTools protocol, which the app's Content-Security-Policy does not block. Every
 * rule runs, nothing is excluded; serious and critical violations fail.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let source: Promise<string> | undefined;
const axeSource = () => (source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/** Serious and critical violations on the page as it is, one line per rule with the elements at fault. */
export async function auditPage(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource());
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(
      v =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes
          .slice(0, 6)
          .map(n => n.target.join(' '))
          .join(', ')}${v.nodes.length > 6 ? ` and ${v.nodes.length - 6} more` : ''}`,
    );
}
