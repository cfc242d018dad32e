/**
 * The map's colour classes: five steps of one blue, light to dark, each with the text colour that
 * keeps its value readable at WCAG AA (4.5:1, checked in colour-scale.spec.ts). Colour is never
 * alone: every tile writes its value and the table holds them all.
 */
export const CLASS_COLOURS: readonly { fill: string; text: string }[] = [
  { fill: '#eff3ff', text: '#1a1a1a' },
  { fill: '#bdd7e7', text: '#1a1a1a' },
  { fill: '#6baed6', text: '#1a1a1a' },
  { fill: '#2171b5', text: '#ffffff' },
  { fill: '#08519c', text: '#ffffff' },
];

/** A province without a figure: white with a dashed border, and a dash instead of a value. */
export const NO_DATA = { fill: '#ffffff', text: '#495057', stroke: '#6c757d' } as const;

/** The class of a value given the four breaks between five classes (a value equal to a break goes up). */
export function classOf(value: number, breaks: readonly number[]): number {
  let index = 0;
  while (index < breaks.length && value >= breaks[index]) index += 1;
  return index;
}

function channel(hex: string, offset: number): number {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
