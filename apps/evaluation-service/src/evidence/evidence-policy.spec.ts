import { createHash } from 'node:crypto';
import { checkEvidenceFile } from './evidence-policy';

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
    expect(() => checkEvidenceFile(name, mime, bytes.toString('base64'), 1024)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });

  it('refuses text that is not base64', () => {
    expect(() => checkEvidenceFile('a.png', 'image/png', 'not base64!', 1024)).toThrow(expect.objectContaining({ field: 'input.contentBase64' }));
  });

  it('strips path separators from the name', () => {
    expect(checkEvidenceFile('../../etc/x.png', 'image/png', png.toString('base64'), 1024).fileName).toBe('.._.._etc_x.png');
  });
});
