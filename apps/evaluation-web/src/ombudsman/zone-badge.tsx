import { CategoryBadge, type Tone } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import type { OmbudsmanZone } from '../__generated__/operations';
import { OMBUDSMAN } from './ombudsman-messages';

const TONE: Record<OmbudsmanZone, Tone> = { HIJAU: 'success', KUNING: 'warning', MERAH: 'danger' };

/** The compliance zone as a badge with its word and icon, so it reads without colour. */
export function ZoneBadge({ zone }: { zone: OmbudsmanZone }) {
  const t = useT(OMBUDSMAN);
  return <CategoryBadge tone={TONE[zone]} label={t(`zone.${zone}`)} />;
}
