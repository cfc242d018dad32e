import { OK_TEXT, WARNING_TEXT } from './status-colours';

/** WCAG 2.1 relative luminance and contrast ratio against white. */
function contrastOnWhite(hex: string): number {
  const channels = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  return 1.05 / (luminance + 0.05);
}

describe('status text colours', () => {
  it('a status line in the ok or warning colour reaches 4.5:1 on white (WCAG AA, normal text)', () => {
    expect(contrastOnWhite(OK_TEXT)).toBeGreaterThanOrEqual(4.5);
    expect(contrastOnWhite(WARNING_TEXT)).toBeGreaterThanOrEqual(4.5);
  });

  it('the Mantine shades they replace fall short', () => {
    expect(contrastOnWhite('#2b8a3e')).toBeLessThan(4.5);
    expect(contrastOnWhite('#d9480f')).toBeLessThan(4.5);
  });
});
