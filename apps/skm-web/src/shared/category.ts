import type { Tone } from '@simpul/ui';

/** IKM grade A–D as a badge tone; the badge also shows the grade letter and label, never colour alone. */
export function categoryTone(code: string | null | undefined): Tone {
  switch (code) {
    case 'A': return 'success';
    case 'B': return 'info';
    case 'C': return 'warning';
    case 'D': return 'danger';
    default: return 'neutral';
  }
}
