import { registerMessages, translate } from '../i18n/catalogue';
import { base64ToBlob } from './download-file';
import { checkUploadFile, foldFileErrors, formatBytes, toUpload, uploadMimeType } from './upload-file';

// The wording a remote's catalogue gives these keys (mpp-web and kipp-web use exactly these).
const FILES = 'upload-file-spec';
const messages = {
  'file.wrongType': '{name}: hanya berkas PDF, PNG atau JPEG yang diterima',
  'file.empty': '{name} kosong; pilih berkas lain',
  'file.tooLarge': '{name} lebih besar dari {max}',
};
registerMessages(FILES, { id: messages, en: messages });
const t = (key: string, params?: Record<string, string | number>) => translate('id', FILES, key, params);

describe('document uploads', () => {
  it('accepts only what the service accepts: PDF, PNG, JPEG up to 10 MB', () => {
    expect(checkUploadFile({ name: 'PKS.pdf', size: 2_000 }, t)).toBeNull();
    expect(checkUploadFile({ name: 'scan.JPEG', size: 2_000 }, t)).toBeNull();
    expect(checkUploadFile({ name: 'PKS.docx', size: 2_000 }, t)).toBe('PKS.docx: hanya berkas PDF, PNG atau JPEG yang diterima');
    expect(checkUploadFile({ name: 'PKS.pdf', size: 0 }, t)).toBe('PKS.pdf kosong; pilih berkas lain');
    expect(checkUploadFile({ name: 'PKS.pdf', size: 10 * 1024 * 1024 + 1 }, t)).toBe('PKS.pdf lebih besar dari 10 MB');
  });

  it('declares the MIME type the service expects for the extension, not the browser’s guess', async () => {
    expect(uploadMimeType('foto.jpg')).toBe('image/jpeg');
    const upload = await toUpload(new File(['%PDF-1.7'], 'PKS.pdf', { type: 'application/octet-stream' }));
    expect(upload).toEqual({ fileName: 'PKS.pdf', mimeType: 'application/pdf', contentBase64: btoa('%PDF-1.7') });
  });

  it('puts a refusal of any part of the upload on the one file field', () => {
    const folded = foldFileErrors([
      { code: 'BAD_USER_INPUT', field: 'input.documents.1.file.contentBase64', message: 'x', messages: null },
    ]);
    expect(folded[0].field).toBe('input.documents.1.file');
  });

  it('states sizes in the unit a person reads', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });

  it('turns a downloaded base64 payload back into the same bytes', async () => {
    const blob = base64ToBlob(btoa('%PDF-1.7 isi'), 'application/pdf');
    expect(blob.type).toBe('application/pdf');
    expect(blob.size).toBe(12);
  });
});
