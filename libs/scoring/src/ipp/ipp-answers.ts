import { ScoringInputError } from '../errors/scoring-input-error';
import type { CompiledInstrument } from './compile-instrument';

/** The answers of one lokus: F-02 levels by indicator code and, optionally, F-03 rows (one per respondent, one answer per item, null when skipped). */
export interface IppAnswers {
  f02: Readonly<Record<string, number>>;
  f03?: ReadonlyArray<ReadonlyArray<number | null>> | null;
}

export interface ReadAnswers {
  levels: number[];
  evaluatorSum: number;
  userSum: number;
  userCount: number;
  respondents: number;
  itemSums: number[];
  itemCounts: number[];
}

/** Checks every answer against the instrument and sums it; throws ScoringInputError naming the first bad field. */
export function readAnswers(compiled: CompiledInstrument, answers: IppAnswers): ReadAnswers {
  const f02 = answers?.f02;
  if (!f02 || typeof f02 !== 'object') {
    throw new ScoringInputError('f02', { id: 'Jawaban F-02 wajib diisi.', en: 'The F-02 answers are required.' });
  }
  const { codes, weights, minLevel, maxLevel } = compiled;
  const levels = new Array<number>(codes.length);
  let evaluatorSum = 0;
  for (let i = 0; i < codes.length; i += 1) {
    const level = f02[codes[i]];
    if (level === undefined || level === null) {
      throw new ScoringInputError(`f02.${codes[i]}`, {
        id: `Nilai indikator ${codes[i]} belum diisi.`,
        en: `Indicator ${codes[i]} has no score.`,
      });
    }
    if (!Number.isInteger(level) || level < minLevel || level > maxLevel) {
      throw new ScoringInputError(`f02.${codes[i]}`, {
        id: `Nilai indikator ${codes[i]} harus bilangan bulat ${minLevel}–${maxLevel}, bukan ${String(level)}.`,
        en: `Indicator ${codes[i]} must be a whole number ${minLevel}–${maxLevel}, not ${String(level)}.`,
      });
    }
    levels[i] = level;
    evaluatorSum += weights[i] * level;
  }
  for (const code of Object.keys(f02)) {
    if (!compiled.indexOf.has(code)) {
      throw new ScoringInputError(`f02.${code}`, {
        id: `Indikator ${code} tidak ada dalam instrumen ${compiled.instrument.id}.`,
        en: `Indicator ${code} is not part of instrument ${compiled.instrument.id}.`,
      });
    }
  }

  const itemCodes = compiled.itemCodes;
  const itemSums = new Array<number>(itemCodes.length).fill(0);
  const itemCounts = new Array<number>(itemCodes.length).fill(0);
  let userSum = 0;
  let userCount = 0;
  let respondents = 0;
  const f03 = answers.f03;
  if (f03 !== undefined && f03 !== null) {
    if (!Array.isArray(f03)) {
      throw new ScoringInputError('f03', { id: 'Jawaban F-03 harus berupa daftar baris.', en: 'The F-03 answers must be a list of rows.' });
    }
    for (let r = 0; r < f03.length; r += 1) {
      const row: unknown = f03[r];
      if (!Array.isArray(row) || row.length !== itemCodes.length) {
        throw new ScoringInputError(`f03[${r}]`, {
          id: `Baris F-03 ke-${r + 1} harus berisi ${itemCodes.length} jawaban.`,
          en: `F-03 row ${r + 1} must hold ${itemCodes.length} answers.`,
        });
      }
      let answered = 0;
      for (let j = 0; j < row.length; j += 1) {
        const answer: unknown = row[j];
        if (answer === null) continue;
        if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < compiled.itemMin || answer > compiled.itemMax) {
          throw new ScoringInputError(`f03[${r}].${itemCodes[j]}`, {
            id: `Jawaban F-03 baris ${r + 1} butir ${itemCodes[j]} harus bilangan bulat ${compiled.itemMin}–${compiled.itemMax}, bukan ${JSON.stringify(answer)}.`,
            en: `F-03 row ${r + 1} item ${itemCodes[j]} must be a whole number ${compiled.itemMin}–${compiled.itemMax}, not ${JSON.stringify(answer)}.`,
          });
        }
        itemSums[j] += answer;
        itemCounts[j] += 1;
        userSum += answer;
        answered += 1;
      }
      userCount += answered;
      if (answered > 0) respondents += 1;
    }
  }
  return { levels, evaluatorSum, userSum, userCount, respondents, itemSums, itemCounts };
}
