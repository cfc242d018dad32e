import { CategoryBadge, type Tone } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import type { TaskStatus } from '../../__generated__/operations';
import { PORTAL } from '../../messages';

// Overdue is the one that must stand out; each tone also carries an icon, so it reads without colour.
const TONES: Record<TaskStatus, Tone> = { OVERDUE: 'danger', IN_PROGRESS: 'info', TODO: 'neutral', DONE: 'success' };

/** A task's status as a tag (GOV.UK task list): Lewat tenggat, Sedang dikerjakan, Belum dimulai, Selesai. */
export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const t = useT(PORTAL);
  return <CategoryBadge tone={TONES[status]} label={t(`tasks.status.${status}`)} />;
}
