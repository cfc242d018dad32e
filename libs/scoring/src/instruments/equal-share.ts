/** An equal share of 100 among n as exact text: 5 → "20", 6 → "100/6" (sums to exactly 100). */
export function equalShare(count: number): string {
  return 100 % count === 0 ? String(100 / count) : `100/${count}`;
}
