/**
 * Alert props whose title reads at WCAG 1.4.3 contrast: Mantine's light alerts colour the title in
 * the alert colour on its pale background (green: 3.8:1 even at shade 9), so the title takes the
 * page's text colour; the background and border still carry the colour.
 */
export function readableAlert(color: 'green' | 'orange' | 'blue' | 'red' | 'yellow' | 'gray') {
  const readable = { color: 'var(--mantine-color-text)' };
  return { color, styles: { title: readable, label: readable } } as const;
}
