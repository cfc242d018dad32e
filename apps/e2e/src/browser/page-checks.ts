import fs from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * WCAG 2.1 A and AA violations axe finds on the page as it is now: the rule id and, for its first
 * three nodes, the target, the start of the element's HTML and what axe measured (e.g. a contrast).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, not a script tag: the portal's CSP refuses inline scripts.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; nodes: { target: string[]; html: string; any: { data: unknown }[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${JSON.stringify(n.any[0]?.data)}`)
          .join(', ')}`,
    );
  });
}

/** Signs a demo account in through the portal's form, as a person would, and waits for the signed-in header. */
export async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Alamat email').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill('simpul-demo');
  // A tab of a shared profile may first restore an earlier session, so "Keluar" alone does not prove
  // this person signed in; their own sign-in response does.
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/auth/sign-in') && response.ok()),
    page.getByRole('button', { name: 'Masuk', exact: true }).click(),
  ]);
  await page.getByRole('button', { name: 'Keluar' }).waitFor();
}
