import { badUserInput, optionalText } from '@simpul/service-kit';

export function requiredName(value: string | null | undefined, field: string, max = 200): string {
  const name = value?.trim().replace(/\s+/g, ' ') ?? '';
  if (!name) throw badUserInput(field, 'The name must not be empty.', 'Nama wajib diisi.');
  if (name.length > max) throw badUserInput(field, `The name must be at most ${max} characters.`, `Nama paling banyak ${max} karakter.`);
  return name;
}

export function optionalEmail(value: string | null | undefined, field: string): string | null {
  const email = optionalText(value);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw badUserInput(field, 'This is not a valid e-mail address.', 'Alamat surel tidak valid.');
  }
  return email;
}

export function optionalWebsite(value: string | null | undefined, field: string): string | null {
  const website = optionalText(value);
  if (!website) return null;
  try {
    const url = new URL(website);
    if (url.protocol === 'http:' || url.protocol === 'https:') return website;
  } catch {
    // reported below
  }
  throw badUserInput(field, 'The website must be an http(s) address.', 'Situs web harus berupa alamat http(s).');
}

export function optionalPhone(value: string | null | undefined, field: string): string | null {
  const phone = optionalText(value);
  if (phone && !/^[0-9+()\-\s.]{5,30}$/.test(phone)) {
    throw badUserInput(field, 'This is not a valid phone number.', 'Nomor telepon tidak valid.');
  }
  return phone;
}
