import { CategoryBadge } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { REGISTRY } from '../messages';

/**
 * "Lengkap" / "Belum lengkap · 9 dari 14 komponen terisi" / "Belum lengkap · 1 komponen belum
 * dipublikasikan": colour, icon and words, never colour alone, and the reason in the words.
 */
export function CompletenessBadge({
  complete,
  filled,
  total,
  unpublished,
}: {
  complete: boolean;
  filled: number;
  total: number;
  unpublished: unknown[];
}) {
  const t = useT(REGISTRY);
  const reason =
    filled === total && unpublished.length > 0
      ? t('service.unpublishedCount', { count: unpublished.length })
      : t('service.filled', { filled, total });
  return (
    <CategoryBadge
      tone={complete ? 'success' : filled === 0 ? 'danger' : 'warning'}
      label={complete ? `${t('service.complete')} · ${reason}` : `${t('service.incomplete')} · ${reason}`}
    />
  );
}
