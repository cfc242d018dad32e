import { CategoryBadge, type Tone } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { KIPP } from '../messages';
import type { Award, InnovationStatus, ProposalStatus } from './enums';

const PROPOSAL_TONES: Record<ProposalStatus, Tone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  ADMIN_PASSED: 'info',
  ADMIN_FAILED: 'danger',
  TOP99: 'success',
  DISQUALIFIED: 'danger',
  TOP45: 'success',
};

/** Status in words, icon and colour together: colour is never the only signal. */
export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const t = useT(KIPP);
  return <CategoryBadge tone={PROPOSAL_TONES[status]} label={t(`proposalStatus.${status}`)} />;
}

/** `name` is the tier the award's year actually used ("Top 25" in 2015), from the server; without it, the enum's words. */
export function AwardBadge({ award, name }: { award: Award; name?: string }) {
  const t = useT(KIPP);
  return <CategoryBadge tone={award === 'TOP45' ? 'success' : 'info'} label={name ?? t(`award.${award}`)} />;
}

export function InnovationStatusBadge({ status }: { status: InnovationStatus | null }) {
  const t = useT(KIPP);
  if (!status) return <CategoryBadge tone="neutral" label={t('innovationStatus.unknown')} />;
  return <CategoryBadge tone={status === 'CONTINUING' ? 'success' : 'warning'} label={t(`innovationStatus.${status}`)} />;
}
