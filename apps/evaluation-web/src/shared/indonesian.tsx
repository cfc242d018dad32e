import type { ReactNode } from 'react';

/**
 * Text that exists only in Bahasa Indonesia (the instrument's indicators, aspects, level
 * descriptors and F-03 items come from the regulation's forms): marked `lang="id"` so a screen
 * reader on the English page reads it with Indonesian pronunciation (WCAG 3.1.2).
 */
export function Indonesian({ children }: { children: ReactNode }) {
  return <span lang="id">{children}</span>;
}
