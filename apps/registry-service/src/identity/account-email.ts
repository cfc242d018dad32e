import { badUserInput } from '@simpul/service-kit';

// Deliberately loose: one @, something on each side, a dot in the domain, no spaces. The mail
// server is the real judge; this catches typing mistakes.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A trimmed e-mail address, or BAD_USER_INPUT on `field`. */
export function accountEmail(value: string, field: string): string {
  const email = value.trim();
  if (!EMAIL.test(email) || email.length > 254) {
    throw badUserInput(field, 'Enter a valid e-mail address.', 'Masukkan alamat surel yang valid.');
  }
  return email;
}

/** A trimmed, non-empty name of at most 200 characters, or BAD_USER_INPUT on `field`. */
export function accountName(value: string, field: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (!name) throw badUserInput(field, 'The name must not be empty.', 'Nama wajib diisi.');
  if (name.length > 200) throw badUserInput(field, 'The name must have at most 200 characters.', 'Nama paling banyak 200 karakter.');
  return name;
}
