import { Badge } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import type { CyclePhase } from '../__generated__/operations';

/** The phases open now (F-01 and F-03 run together); a published cycle says so even after the window. */
export function PhaseBadge({ phase, open, published }: { phase: CyclePhase | null; open?: CyclePhase[]; published?: boolean }) {
  const t = useT(EVALUATION);
  const phases = published ? ['PUBLISHED'] : open && open.length > 0 ? open : phase ? [phase] : [];
  return (
    <Badge variant="outline" color="dark" style={{ textTransform: 'none' }}>
      {phases.length > 0 ? phases.map((p) => t(`phase.${p}`)).join(' + ') : t('phase.none')}
    </Badge>
  );
}
