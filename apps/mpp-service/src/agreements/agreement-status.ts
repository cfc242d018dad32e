import { daysBetween } from '../common/dates';
import { AgreementStatus, EXPIRY_WARNING_DAYS } from './agreement.model';

/** The agreement's standing on `today`, and the whole days left until it expires. */
export function agreementStanding(startsOn: string, expiresOn: string, today: string): { status: AgreementStatus; daysToExpiry: number } {
  const daysToExpiry = daysBetween(today, expiresOn);
  if (daysToExpiry < 0) return { status: AgreementStatus.EXPIRED, daysToExpiry };
  if (today < startsOn) return { status: AgreementStatus.NOT_STARTED, daysToExpiry };
  return { status: daysToExpiry <= EXPIRY_WARNING_DAYS ? AgreementStatus.EXPIRING : AgreementStatus.ACTIVE, daysToExpiry };
}
