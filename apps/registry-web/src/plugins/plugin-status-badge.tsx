import { CategoryBadge, type Tone } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { REGISTRY } from '../messages';
import type { DeskPluginStatus } from './plugin-enums';

const TONES: Record<DeskPluginStatus, Tone> = { PENDING: 'info', APPROVED: 'success', REJECTED: 'danger', SUSPENDED: 'warning' };

/** A plugin's status in words, with its tone's icon so it reads without colour. */
export function PluginStatusBadge({ status }: { status: DeskPluginStatus }) {
  const t = useT(REGISTRY);
  return <CategoryBadge tone={TONES[status]} label={t(`plugins.status.${status}`)} />;
}
