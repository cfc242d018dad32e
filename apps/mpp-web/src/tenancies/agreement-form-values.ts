import type { Translate } from '@simpul/web-kit';
import { isIsoDate } from '../shared/dates';
import type { AddendumInput, DocumentInput, RecordAgreementInput } from './tenancy.operations';
import { blankToNull } from '@simpul/ui';

export interface AgreementValues {
  number: string;
  signedOn: string;
  startsOn: string;
  expiresOn: string;
  fileName: string;
  url: string;
}

export const AGREEMENT_FIELDS = ['number', 'signedOn', 'startsOn', 'expiresOn', 'document.fileName', 'document.url'] as const;
export const agreementFieldId = (field: string) => `pks-${field.replace(/\./g, '-')}`;

export const emptyAgreement = (): AgreementValues => ({ number: '', signedOn: '', startsOn: '', expiresOn: '', fileName: '', url: '' });

function checkDate(errors: Record<string, string>, field: string, value: string, t: Translate, required = true) {
  if (!value) {
    if (required) errors[field] = t('form.dateRequired');
  } else if (!isIsoDate(value)) {
    errors[field] = t('form.dateInvalid');
  }
}

/** The checks the browser can make before sending: required fields, real dates, dates in order. */
export function validateAgreement(values: AgreementValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.number.trim()) errors['number'] = t('pks.numberRequired');
  checkDate(errors, 'signedOn', values.signedOn, t);
  checkDate(errors, 'startsOn', values.startsOn, t);
  checkDate(errors, 'expiresOn', values.expiresOn, t);
  if (!errors['expiresOn'] && !errors['startsOn'] && values.startsOn >= values.expiresOn) errors['expiresOn'] = t('pks.expiresAfterStart');
  else if (!errors['expiresOn'] && !errors['signedOn'] && values.signedOn > values.expiresOn) errors['expiresOn'] = t('pks.expiresAfterSigned');
  return errors;
}

function documentFrom(title: string, number: string, issuedOn: string, fileName: string, url: string): DocumentInput | null {
  if (!fileName.trim() && !url.trim()) return null;
  return { title, number: blankToNull(number), issuedOn: blankToNull(issuedOn), fileName: blankToNull(fileName), url: blankToNull(url) };
}

export function toAgreementInput(tenancyId: string, values: AgreementValues, documentTitle: string): RecordAgreementInput {
  return {
    tenancyId,
    number: values.number.trim(),
    signedOn: values.signedOn,
    startsOn: values.startsOn,
    expiresOn: values.expiresOn,
    document: documentFrom(documentTitle, values.number.trim(), values.signedOn, values.fileName, values.url),
  };
}

export interface AddendumValues {
  number: string;
  signedOn: string;
  expiresOn: string;
  summary: string;
}

export const ADDENDUM_FIELDS = ['number', 'signedOn', 'expiresOn', 'summary'] as const;
export const addendumFieldId = (field: string) => `addendum-${field}`;
export const emptyAddendum = (): AddendumValues => ({ number: '', signedOn: '', expiresOn: '', summary: '' });

/** An addendum may extend the agreement; a new end date must then come after the current one. */
export function validateAddendum(values: AddendumValues, currentExpiry: string, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.number.trim()) errors['number'] = t('pks.numberRequired');
  checkDate(errors, 'signedOn', values.signedOn, t);
  checkDate(errors, 'expiresOn', values.expiresOn, t, false);
  if (!errors['expiresOn'] && values.expiresOn && values.expiresOn <= currentExpiry) errors['expiresOn'] = t('addendum.mustExtend');
  if (!values.summary.trim()) errors['summary'] = t('addendum.summaryRequired');
  return errors;
}

export function toAddendumInput(agreementId: string, values: AddendumValues): AddendumInput {
  return { agreementId, number: values.number.trim(), signedOn: values.signedOn, expiresOn: blankToNull(values.expiresOn), summary: values.summary.trim(), document: null };
}
