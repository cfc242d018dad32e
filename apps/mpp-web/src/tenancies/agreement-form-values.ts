// The PKS limits and date arithmetic are the service's own (@simpul/contracts), checked where the operator types.
import { addYears, MAX_AGREEMENT_NUMBER_LENGTH, MAX_AGREEMENT_YEARS } from '@simpul/contracts';
import type { Translate } from '@simpul/web-kit';
import { isIsoDate } from '../shared/dates';
import type { AddendumInput, CorrectAgreementInput, DocumentInput, RecordAgreementInput } from './tenancy.operations';
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

function checkNumber(errors: Record<string, string>, value: string, t: Translate) {
  const number = value.trim();
  if (!number) errors['number'] = t('pks.numberRequired');
  else if (number.length > MAX_AGREEMENT_NUMBER_LENGTH)
    errors['number'] = t('pks.numberTooLong', { max: MAX_AGREEMENT_NUMBER_LENGTH, length: number.length });
}

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

/** The checks the browser can make before sending: required fields, number length, real dates in order, at most ten years. */
export function validateAgreement(values: AgreementValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  checkNumber(errors, values.number, t);
  checkDate(errors, 'signedOn', values.signedOn, t);
  checkDate(errors, 'startsOn', values.startsOn, t);
  checkDate(errors, 'expiresOn', values.expiresOn, t);
  if (!errors['expiresOn'] && !errors['startsOn'] && values.startsOn >= values.expiresOn) errors['expiresOn'] = t('pks.expiresAfterStart');
  else if (!errors['expiresOn'] && !errors['signedOn'] && values.signedOn > values.expiresOn)
    errors['expiresOn'] = t('pks.expiresAfterSigned');
  else if (!errors['expiresOn'] && !errors['startsOn'] && values.expiresOn > addYears(values.startsOn, MAX_AGREEMENT_YEARS)) {
    errors['expiresOn'] = t('pks.termTooLong', {
      years: MAX_AGREEMENT_YEARS,
      start: values.startsOn,
      latest: addYears(values.startsOn, MAX_AGREEMENT_YEARS),
      typed: values.expiresOn,
    });
  }
  checkFile(errors, 'document.file', values.file, t);
  return errors;
}

/** The signed document when there is an uploaded file or an address of one; `file` is the chosen file read as base64. */
function documentFrom(title: string, number: string, issuedOn: string, file: FileUpload | null, url: string): DocumentInput | null {
  if (!file && !url.trim()) return null;
  return {
    title,
    number: blankToNull(number),
    issuedOn: blankToNull(issuedOn),
    fileName: file?.fileName ?? null,
    url: blankToNull(url),
    file,
  };
}

export function toAgreementInput(
  tenancyId: string,
  values: AgreementValues,
  documentTitle: string,
  file: FileUpload | null = null,
): RecordAgreementInput {
  return {
    tenancyId,
    number: values.number.trim(),
    signedOn: values.signedOn,
    startsOn: values.startsOn,
    expiresOn: values.expiresOn,
    document: documentFrom(documentTitle, values.number.trim(), values.signedOn, file, values.url),
  };
}

/** The recorded agreement's details, ready to correct; a new file or address replaces the document, none keeps it. */
export function agreementValuesOf(agreement: { number: string; signedOn: string; startsOn: string; expiresOn: string }): AgreementValues {
  return {
    number: agreement.number,
    signedOn: agreement.signedOn,
    startsOn: agreement.startsOn,
    expiresOn: agreement.expiresOn,
    file: null,
    url: '',
  };
}

export const correctionFieldId = (field: string) => `pks-fix-${field.replace(/\./g, '-')}`;

export function toCorrectionInput(
  agreementId: string,
  values: AgreementValues,
  documentTitle: string,
  file: FileUpload | null = null,
): CorrectAgreementInput {
  const { number, signedOn, startsOn, expiresOn, document } = toAgreementInput('', values, documentTitle, file);
  return { agreementId, number, signedOn, startsOn, expiresOn, document };
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
  checkNumber(errors, values.number, t);
  checkDate(errors, 'signedOn', values.signedOn, t);
  checkDate(errors, 'expiresOn', values.expiresOn, t, false);
  if (!errors['expiresOn'] && values.expiresOn && values.expiresOn <= currentExpiry) errors['expiresOn'] = t('addendum.mustExtend');
  else if (
    !errors['expiresOn'] &&
    !errors['signedOn'] &&
    values.expiresOn &&
    values.expiresOn > addYears(values.signedOn, MAX_AGREEMENT_YEARS)
  ) {
    errors['expiresOn'] = t('addendum.termTooLong', {
      years: MAX_AGREEMENT_YEARS,
      signed: values.signedOn,
      latest: addYears(values.signedOn, MAX_AGREEMENT_YEARS),
      typed: values.expiresOn,
    });
  }
  if (!values.summary.trim()) errors['summary'] = t('addendum.summaryRequired');
  checkFile(errors, 'document.file', values.file, t);
  return errors;
}

export function toAddendumInput(
  agreementId: string,
  values: AddendumValues,
  documentTitle = '',
  file: FileUpload | null = null,
): AddendumInput {
  return {
    agreementId,
    number: values.number.trim(),
    signedOn: values.signedOn,
    expiresOn: blankToNull(values.expiresOn),
    summary: values.summary.trim(),
    document: documentFrom(documentTitle, values.number.trim(), values.signedOn, file, ''),
  };
}
