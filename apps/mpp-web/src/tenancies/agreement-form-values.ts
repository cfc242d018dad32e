import type { Translate } from '@simpul/web-kit';
import { isIsoDate } from '../shared/dates';
import type { AddendumInput, DocumentInput, RecordAgreementInput } from './tenancy.operations';
import { blankToNull } from '@simpul/ui';
import { checkUploadFile, type FileUpload } from '@simpul/web-kit';

export interface AgreementValues {
  number: string;
  signedOn: string;
  startsOn: string;
  expiresOn: string;
  file: File | null;
  url: string;
}

export const AGREEMENT_FIELDS = ['number', 'signedOn', 'startsOn', 'expiresOn', 'document.file', 'document.url'] as const;
export const agreementFieldId = (field: string) => `pks-${field.replace(/\./g, '-')}`;

export const emptyAgreement = (): AgreementValues => ({ number: '', signedOn: '', startsOn: '', expiresOn: '', file: null, url: '' });

/** A chosen file the service would refuse (type, size) is named before anything is sent. */
function checkFile(errors: Record<string, string>, field: string, file: File | null, t: Translate) {
  const problem = file ? checkUploadFile(file, t) : null;
  if (problem) errors[field] = problem;
}

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
  checkFile(errors, 'document.file', values.file, t);
  return errors;
}

/** The signed document when there is an uploaded file or an address of one; `file` is the chosen file read as base64. */
function documentFrom(title: string, number: string, issuedOn: string, file: FileUpload | null, url: string): DocumentInput | null {
  if (!file && !url.trim()) return null;
  return { title, number: blankToNull(number), issuedOn: blankToNull(issuedOn), fileName: file?.fileName ?? null, url: blankToNull(url), file };
}

export function toAgreementInput(tenancyId: string, values: AgreementValues, documentTitle: string, file: FileUpload | null = null): RecordAgreementInput {
  return {
    tenancyId,
    number: values.number.trim(),
    signedOn: values.signedOn,
    startsOn: values.startsOn,
    expiresOn: values.expiresOn,
    document: documentFrom(documentTitle, values.number.trim(), values.signedOn, file, values.url),
  };
}

export interface AddendumValues {
  number: string;
  signedOn: string;
  expiresOn: string;
  summary: string;
  file: File | null;
}

export const ADDENDUM_FIELDS = ['number', 'signedOn', 'expiresOn', 'summary', 'document.file'] as const;
export const addendumFieldId = (field: string) => `addendum-${field.replace(/\./g, '-')}`;
export const emptyAddendum = (): AddendumValues => ({ number: '', signedOn: '', expiresOn: '', summary: '', file: null });

/** An addendum may extend the agreement; a new end date must then come after the current one. */
export function validateAddendum(values: AddendumValues, currentExpiry: string, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.number.trim()) errors['number'] = t('pks.numberRequired');
  checkDate(errors, 'signedOn', values.signedOn, t);
  checkDate(errors, 'expiresOn', values.expiresOn, t, false);
  if (!errors['expiresOn'] && values.expiresOn && values.expiresOn <= currentExpiry) errors['expiresOn'] = t('addendum.mustExtend');
  if (!values.summary.trim()) errors['summary'] = t('addendum.summaryRequired');
  checkFile(errors, 'document.file', values.file, t);
  return errors;
}

export function toAddendumInput(agreementId: string, values: AddendumValues, documentTitle = '', file: FileUpload | null = null): AddendumInput {
  return {
    agreementId, number: values.number.trim(), signedOn: values.signedOn, expiresOn: blankToNull(values.expiresOn), summary: values.summary.trim(),
    document: documentFrom(documentTitle, values.number.trim(), values.signedOn, file, ''),
  };
}
