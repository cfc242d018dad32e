/**
 * Where to draw a text label so it stays inside the chart's frame (0 … `frameWidth`): centred on `x`
 * when it fits, otherwise pinned to the nearer edge with the matching anchor. An SVG text is not
 * measured before it is drawn, so its width is estimated generously from its length (0.62 em a
 * character, wider than the average of the portal's sans-serif).
 */
export function labelInside(
  x: number,
  text: string,
  fontSize: number,
  frameWidth: number,
  margin = 2,
): { x: number; textAnchor: 'start' | 'middle' | 'end' } {
  const half = estimatedTextWidth(text, fontSize) / 2;
  if (x - half < margin) return { x: margin, textAnchor: 'start' };
  if (x + half > frameWidth - margin) return { x: frameWidth - margin, textAnchor: 'end' };
  return { x, textAnchor: 'middle' };
}

export function estimatedTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}
