import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as indonesian from '@zxcvbn-ts/language-id';
import type { LocalizedMessage } from '@simpul/contracts';

export const MIN_PASSWORD_LENGTH = 10;
/** zxcvbn's 0–4 scale; 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
export const MIN_PASSWORD_SCORE = 3;

// Built once: the dictionaries are large and the factory ranks them on construction.
let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...indonesian.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

export type PasswordVerdict = { ok: true } | { ok: false; messages: LocalizedMessage };

/**
 * At least 10 characters and not guessable: common passwords, English and Indonesian words, names,
 * keyboard patterns, dates, and the person's own e-mail or name (`userInputs`) all lower the score.
 */
export function judgePassword(password: string, userInputs: readonly string[] = []): PasswordVerdict {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return {
      ok: false,
      messages: {
        en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
        id: `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`,
      },
    };
  }
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[^\p{L}\p{N}]+/u)]).filter((input) => input.length >= 3);
  const { score } = estimator().check(password.slice(0, 256), inputs);
  if (score < MIN_PASSWORD_SCORE) {
    return {
      ok: false,
      messages: {
        en: 'This password is too easy to guess (a common word, name, pattern or part of your e-mail). Use a longer phrase of unrelated words.',
        id: 'Kata sandi ini terlalu mudah ditebak (kata umum, nama, pola, atau bagian dari surel Anda). Gunakan frasa yang lebih panjang dari kata-kata yang tidak berhubungan.',
      },
    };
  }
  return { ok: true };
}
