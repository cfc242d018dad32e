import { Badge } from '@mantine/core';
import { useLanguage } from '@simpul/web-kit';

export type Tone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

// Each tone has an icon as well as a colour, so the category reads without colour vision. Text
// colours are darker than Mantine's shade 9 so they pass AA (at least 7:1) on the pale backgrounds.
const TONES: Record<Tone, { text: string; background: string; border: string; icon: string }> = {
  success: { text: '#1e5a2b', background: '#ebfbee', border: '#2f9e44', icon: '✓' },
  warning: { text: '#6b3d00', background: '#fff4d6', border: '#e8a100', icon: '!' },
  danger: { text: '#8f1d1d', background: '#fff0f0', border: '#e03131', icon: '✕' },
  info: { text: '#0b3f73', background: '#e8f1fb', border: '#1a69cb', icon: 'i' },
  neutral: { text: '#2b3035', background: '#f1f3f5', border: '#868e96', icon: '•' },
};

/**
 * The tone of a grade that starts with its letter: IPP categories (A, A-, B …, F) and IKM mutu (A–D).
 * A is good news, D and worse are bad; anything else (no grade yet) is neutral.
 */
export function gradeTone(code: string | null | undefined): Tone {
  switch (code?.charAt(0)) {
    case 'A':
      return 'success';
    case 'B':
      return 'info';
    case 'C':
      return 'warning';
    case 'D':
    case 'E':
    case 'F':
      return 'danger';
    default:
      return 'neutral';
  }
}

export function CategoryBadge({ tone, label }: { tone: Tone; label: string }) {
  const { text, background, border, icon } = TONES[tone];
  return (
    <Badge
      variant="outline"
      radius="sm"
      size="lg"
      tt="none"
      fw={700}
      leftSection={<span aria-hidden="true">{icon}</span>}
      // Never truncate: a category cut to "Dipublikasi…" says nothing.
      styles={{
        root: {
          color: text,
          backgroundColor: background,
          borderColor: border,
          height: 'auto',
          minHeight: 26,
          maxWidth: '100%',
          paddingBlock: 2,
        },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
      }}
    >
      {label}
    </Badge>
  );
}

/** A grade as the services send it: its code and its label in both languages. */
export interface Grade {
  code: string;
  label: string;
  labelEn: string;
}

/** A grade (IPP category, IKM mutu) as a badge: "A- · Sangat Baik" in the current language, toned by its letter. */
export function GradeBadge({ grade }: { grade: Grade }) {
  const [language] = useLanguage();
  return <CategoryBadge tone={gradeTone(grade.code)} label={`${grade.code} · ${language === 'en' ? grade.labelEn : grade.label}`} />;
}
