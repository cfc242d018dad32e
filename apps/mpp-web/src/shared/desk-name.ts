import type { Translate } from '@simpul/web-kit';

/** "Gerai 7 · Imigrasi"; a label that only repeats the number ("Gerai 7") is not shown twice. */
export function deskName(t: Translate, desk: { number: number; label: string | null }): string {
  const name = t('desk.name', { number: desk.number });
  const label = desk.label?.trim();
  return label && label.toLowerCase() !== name.toLowerCase() && label !== String(desk.number) ? `${name} · ${label}` : name;
}
