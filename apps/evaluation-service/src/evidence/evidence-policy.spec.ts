import { createHash } from 'node:crypto';
import { checkEvidenceFile, evidenceMaxBytes } from './evidence-policy';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('evidence file policy', () => {
  it('accepts an allowed type whose content matches, and keeps its SHA-256', () => {
    const file = checkEvidenceFile('Foto Ruang Tunggu.PNG', 'image/png', png.toString('base64'), 1024);
    expect(file).toMatchObject({ fileName: 'Foto Ruang Tunggu.PNG', mimeType: 'image/png' });
    expect(file.sha256).toBe(createHash('sha256').update(png).digest('hex'));
  });

  it.each([
    ['script.js', 'text/javascript', png, 'input.fileName'],
    ['foto.png', 'image/jpeg', png, 'input.mimeType'],
    ['foto.jpg', 'image/jpeg', png, 'input.contentBase64'],
    ['foto.png', 'image/png', Buffer.alloc(0), 'input.contentBase64'],
    ['foto.png', 'image/png', Buffer.concat([png, Buffer.alloc(2048)]), 'input.contentBase64'],
  ])('refuses %s sent as %s (%s)', (name, mime, bytes, field) => {
    expect(() => checkEvidenceFile(name, mime, bytes.toString('base64'), 1024)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
    );
  });

  it('refuses text that is not base64', () => {
    expect(() => checkEvidenceFile('a.png', 'image/png', 'not base64!', 1024)).toThrow(
      expect.objectContaining({ field: 'input.contentBase64' }),
    );
  });

  it('keeps the wording desks know for a refused type and a wrong MIME type, in both languages', () => {
    expect(() => checkEvidenceFile('setup.exe', 'application/x-msdownload', png.toString('base64'), 1024)).toThrow(
      expect.objectContaining({
        messages: {
          en: 'Files of type ".exe" are not accepted; use pdf, png, jpg, jpeg, docx, xlsx.',
          id: 'Berkas jenis ".exe" tidak diterima; gunakan pdf, png, jpg, jpeg, docx, xlsx.',
        },
      }),
    );
    expect(() => checkEvidenceFile('foto.png', 'image/jpeg', png.toString('base64'), 1024)).toThrow(
      expect.objectContaining({
        messages: {
          en: 'A .png file must be sent as image/png, not image/jpeg.',
          id: 'Berkas .png harus dikirim sebagai image/png, bukan image/jpeg.',
        },
      }),
    );
    expect(() => checkEvidenceFile('foto.png', 'image/png', Buffer.concat([png, Buffer.alloc(2048)]).toString('base64'), 1024)).toThrow(
      expect.objectContaining({
        messages: { en: 'The file is larger than 0.0 MB.', id: 'Berkas lebih besar dari 0.0 MB.' },
      }),
    );
  });

  it('reads the size limit from EVIDENCE_MAX_BYTES, 10 MB when unset or not a positive whole number', () => {
    expect(evidenceMaxBytes({ EVIDENCE_MAX_BYTES: '2048' })).toBe(2048);
    expect(evidenceMaxBytes({ EVIDENCE_MAX_BYTES: '-1' })).toBe(10 * 1024 * 1024);
    expect(evidenceMaxBytes({})).toBe(10 * 1024 * 1024);
  });

  it('strips path separators from the name', () => {
    expect(checkEvidenceFile('../../etc/x.png', 'image/png', png.toString('base64'), 1024).fileName).toBe('.._.._etc_x.png');
  });
});
