import { blankToNull } from '@simpul/ui';
import type { Translate } from '@simpul/web-kit';
import type { FileUpload } from '@simpul/web-kit';
import { checkUploadFile } from '@simpul/web-kit';
import { isIsoDate } from '../shared/dates';
import { WEEKDAYS } from '../shared/enums';
import type { CreateMallInput } from './create-mall.operations';
import type { OpeningHours } from './mall.operations';
import type { HoursRow } from './opening-hours-values';

/** Everything the national admin types or picks for a proposed mall. */
export interface CreateMallValues {
  name: string;
  provinceCode: string;
  regencyCode: string;
  address: string;
  managingUnitId: string;
  proposedOn: string;
  openedOn: string;
  letterNumber: string;
  letterDate: string;
  letterFile: File | null;
  studyFile: File | null;
  hours: HoursRow[];
}

/** Form paths, named as the service names its inputs (documents[0] is the letter, [1] the study). */
export const CREATE_MALL_FIELDS = [
  'name',
  'regencyCode',
  'address',
  'managingUnitId',
  'proposedOn',
  'openedOn',
  'documents.0.number',
  'documents.0.issuedOn',
  'documents.0.file',
  'documents.1.file',
] as const;
export const createMallFieldId = (field: string) => `mall-${field.replace(/\./g, '-')}`;

/** A usual week to start from: Monday to Friday, 08:00–15:00. */
export function emptyCreateMall(): CreateMallValues {
  return {
    name: '',
    provinceCode: '',
    regencyCode: '',
    address: '',
    managingUnitId: '',
    proposedOn: '',
    openedOn: '',
    letterNumber: '',
    letterDate: '',
    letterFile: null,
    studyFile: null,
    hours: WEEKDAYS.map((weekday) => ({ weekday, open: !['SATURDAY', 'SUNDAY'].includes(weekday), opensAt: '08:00', closesAt: '15:00' })),
  };
}

function checkDate(errors: Record<string, string>, field: string, value: string, t: Translate, required: boolean) {
  if (!value) {
    if (required) errors[field] = t('form.dateRequired');
  } else if (!isIsoDate(value)) {
    errors[field] = t('form.dateInvalid');
  }
}

function checkFile(errors: Record<string, string>, field: string, file: File | null, t: Translate, missing: string) {
  const problem = file ? checkUploadFile(file, t) : missing;
  if (problem) errors[field] = problem;
}

/**
 * What the browser can check before sending (hours are checked by `hoursInput`). A proposal needs
 * the bupati/wali kota's letter and the urgency study (Perpres 89/2021), so both files are required.
 */
export function validateCreateMall(values: CreateMallValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors['name'] = t('create.nameRequired');
  if (!values.regencyCode) errors['regencyCode'] = t('create.chooseRegency');
  checkDate(errors, 'proposedOn', values.proposedOn, t, false);
  checkDate(errors, 'openedOn', values.openedOn, t, false);
  if (!errors['proposedOn'] && !errors['openedOn'] && values.proposedOn && values.openedOn && values.openedOn < values.proposedOn) {
    errors['openedOn'] = t('create.openedBeforeProposed');
  }
  if (!values.letterNumber.trim()) errors['documents.0.number'] = t('create.letterNumberRequired');
  checkDate(errors, 'documents.0.issuedOn', values.letterDate, t, true);
  checkFile(errors, 'documents.0.file', values.letterFile, t, t('create.letterFileRequired'));
  checkFile(errors, 'documents.1.file', values.studyFile, t, t('create.studyFileRequired'));
  return errors;
}

/** The mutation input; the files are already read as base64, the hours already checked. */
export function toCreateMallInput(
  values: CreateMallValues,
  hours: OpeningHours[],
  files: { letter: FileUpload | null; study: FileUpload | null },
  t: Translate,
): CreateMallInput {
  return {
    name: values.name.trim(),
    regencyCode: values.regencyCode,
    address: blankToNull(values.address),
    managingUnitId: values.managingUnitId || null,
    proposedOn: blankToNull(values.proposedOn),
    openedOn: blankToNull(values.openedOn),
    openingHours: hours,
    documents: [
      {
        kind: 'REGENT_LETTER',
        title: t('create.letterTitle'),
        number: values.letterNumber.trim(),
        issuedOn: values.letterDate,
        url: null,
        file: files.letter,
      },
      { kind: 'URGENCY_STUDY', title: t('create.studyTitle'), number: null, issuedOn: null, url: null, file: files.study },
    ],
  };
}
