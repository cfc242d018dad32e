import { CategoryBadge } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import type { OmbudsmanReadinessState } from '../__generated__/operations';
import { REGISTRY } from '../messages';

const TONE = { MISSING: 'danger', UNPUBLISHED: 'warning', PRESENT: 'success' } as const;
const WORDS = { MISSING: 'readiness.missing', UNPUBLISHED: 'readiness.unpublished', PRESENT: 'readiness.present' } as const;

/** "Belum diisi" / "Belum dipublikasikan" / "Tersedia": icon and words, never colour alone. */
export function ReadinessStateBadge({ state }: { state: OmbudsmanReadinessState }) {
  const t = useT(REGISTRY);
  return <CategoryBadge tone={TONE[state]} label={t(WORDS[state])} />;
}
