import { randomInt } from 'node:crypto';
import { badUserInput } from '@simpul/service-kit';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const DOCUMENT_CODE_LENGTH = 12;
const CODE = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/** 12 characters from a cryptographic source: 60 bits, far beyond guessing one document's code. */
export function newDocumentCode(): string {
  let code = '';
  for (let index = 0; index < DOCUMENT_CODE_LENGTH; index += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/**
 * A code as a person types it from paper: case, spaces and dashes do not matter, and O/I/L read as
 * 0/1 (Crockford). Anything else is BAD_USER_INPUT on `code`, before the database is asked.
 */
export function normaliseDocumentCode(value: string): string {
  const code = (value ?? '').toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!CODE.test(code)) {
    throw badUserInput(
      'code',
      'A document code has 12 letters and digits, as printed under the QR code.',
      'Kode dokumen terdiri atas 12 huruf dan angka, seperti tercetak di bawah kode QR.',
    );
  }
  return code;
}
