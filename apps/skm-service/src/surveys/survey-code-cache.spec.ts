import { SurveyCodeCache } from './survey-code-cache';
import type { SurveyRow } from './survey.row';

const survey = (id: string, publicCode: string) => ({ id, publicCode }) as SurveyRow;

describe('survey rows by public code for the public write path', () => {
  it('answers from memory only until the time to live has passed', () => {
    const cache = new SurveyCodeCache(5_000);
    cache.set(survey('a', 'qr-a'), 1_000);
    expect(cache.get('qr-a', 5_999)?.id).toBe('a');
    expect(cache.get('qr-a', 6_000)).toBeUndefined();
    expect(cache.get('qr-a', 6_001)).toBeUndefined();
  });

  it('an updated survey is read again at once on the replica that changed it', () => {
    const cache = new SurveyCodeCache(5_000);
    cache.set(survey('a', 'qr-a'), 0);
    cache.set(survey('b', 'qr-b'), 0);
    cache.forget('a');
    expect(cache.get('qr-a', 1)).toBeUndefined();
    expect(cache.get('qr-b', 1)?.id).toBe('b');
  });

  it('holds a bounded number of surveys, dropping the oldest', () => {
    const cache = new SurveyCodeCache(5_000, 2);
    cache.set(survey('a', 'qr-a'), 0);
    cache.set(survey('b', 'qr-b'), 0);
    cache.set(survey('c', 'qr-c'), 0);
    expect([cache.get('qr-a', 1), cache.get('qr-b', 1)?.id, cache.get('qr-c', 1)?.id]).toEqual([undefined, 'b', 'c']);
  });
});
