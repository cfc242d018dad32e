import { advertisedDefaultBytes, advertisedMaxBytes, formatBytes, jsonBodyLimitFor, MIN_JSON_BODY_BYTES } from './body-limits';
import { uploadBodyLimitBytes } from '../storage/check-upload';

describe('JSON body limits from the table of what each service advertises', () => {
  it('fits the base64 of the largest advertised file plus the query', () => {
    expect(jsonBodyLimitFor('registry', {})).toBe(uploadBodyLimitBytes(5 * 1024 * 1024));
    expect(jsonBodyLimitFor('evaluation', {})).toBe(uploadBodyLimitBytes(10 * 1024 * 1024));
    expect(jsonBodyLimitFor('skm', { SKM_IMPORT_MAX_BYTES: String(20 * 1024 * 1024) })).toBe(uploadBodyLimitBytes(20 * 1024 * 1024));
  });

  it('keeps the default for a size that is not a positive whole number, and a floor of 1 MB for any service', () => {
    expect(jsonBodyLimitFor('mpp', { MPP_FILES_MAX_BYTES: 'banyak' })).toBe(uploadBodyLimitBytes(10 * 1024 * 1024));
    expect(jsonBodyLimitFor('kipp', { KIPP_FILES_MAX_BYTES: '1000' })).toBe(MIN_JSON_BODY_BYTES);
    expect(jsonBodyLimitFor('unknown', {})).toBe(MIN_JSON_BODY_BYTES);
  });

  it('writes sizes as people read them, in either language', () => {
    expect(formatBytes(7_056_043)).toBe('6.7 MB');
    expect(formatBytes(7_056_043, 'id')).toBe('6,7 MB');
  });
});

describe('the sizes services check uploads against come from the same table', () => {
  it('gives each advertised file its size, from its environment variable when set', () => {
    expect(advertisedMaxBytes('registry', 'import', {})).toBe(5 * 1024 * 1024);
    expect(advertisedMaxBytes('evaluation', 'evidence', { EVIDENCE_MAX_BYTES: '2048' })).toBe(2048);
    expect(advertisedDefaultBytes('mpp', 'document')).toBe(10 * 1024 * 1024);
  });

  it('fails loudly for a file kind the table does not list', () => {
    expect(() => advertisedMaxBytes('registry', 'photo')).toThrow('ADVERTISED_UPLOADS has no "photo" for the registry service.');
  });
});
