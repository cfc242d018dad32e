import { CategoryBadge, type Tone } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import type { AgreementStatus, MallStatus, TenancyServiceStatus, TenancyStep } from './enums';

const STEP_TONES: Record<TenancyStep, Tone> = {
  INVITED: 'neutral',
  AGREEMENT_SIGNED: 'info',
  DESK_ASSIGNED: 'info',
  SERVICES_READY: 'info',
  LIVE: 'success',
  PAUSED: 'warning',
  LEFT: 'danger',
};
const AGREEMENT_TONES: Record<AgreementStatus, Tone> = {
  NOT_STARTED: 'neutral',
  ACTIVE: 'success',
  EXPIRING: 'warning',
  EXPIRED: 'danger',
};
const MALL_TONES: Record<MallStatus, Tone> = { PROPOSED: 'info', ACTIVE: 'success', SUSPENDED: 'warning', CLOSED: 'neutral' };

export function StepBadge({ step }: { step: TenancyStep }) {
  const t = useT(MPP);
  return <CategoryBadge tone={STEP_TONES[step]} label={t(`step.${step}`)} />;
}

export function AgreementBadge({ status, days }: { status: AgreementStatus; days?: number }) {
  const t = useT(MPP);
  const label = status === 'EXPIRING' && days !== undefined ? t('agreementStatus.EXPIRING_IN', { days }) : t(`agreementStatus.${status}`);
  return <CategoryBadge tone={AGREEMENT_TONES[status]} label={label} />;
}

export function MallStatusBadge({ status }: { status: MallStatus }) {
  const t = useT(MPP);
  return <CategoryBadge tone={MALL_TONES[status]} label={t(`mallStatus.${status}`)} />;
}

export function ServiceStatusBadge({ status, ready }: { status: TenancyServiceStatus; ready: boolean }) {
  const t = useT(MPP);
  if (status === 'LIVE') return <CategoryBadge tone="success" label={t('serviceStatus.LIVE')} />;
  return ready ? (
    <CategoryBadge tone="info" label={t('serviceStatus.READY')} />
  ) : (
    <CategoryBadge tone="danger" label={t('serviceStatus.INCOMPLETE')} />
  );
}
