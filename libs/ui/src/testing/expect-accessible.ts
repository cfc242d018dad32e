import axe from 'axe-core';

/**
 * axe-core's WCAG 2.1 A/AA rules on the page as rendered in jsdom: names, labels, roles, lists,
 * landmarks. Contrast needs a real layout and is left to the Chromium check (apps/e2e accessibility).
 */
export async function expectAccessible(root: Element = document.body): Promise<void> {
  // jsdom has no canvas; axe asks for one to measure icon fonts and carries on without it.
  const getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => null);
  const result = await axe
    .run(root, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    })
    .finally(() => getContext.mockRestore());
  expect(result.passes.length).toBeGreaterThan(0);
  const found = result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}
