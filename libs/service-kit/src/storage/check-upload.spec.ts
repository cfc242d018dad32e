import { createHash } from 'node:crypto';
import {
  checkUpload,
  FileRejectedError,
  maxBytesFromEnv,
  uploadBodyLimitBytes,
  type RejectionDetails,
  type UploadInput,
} from './check-upload';
import { SIGNED_DOCUMENT_TYPES } from './file-types';

const POLICY = { types: SIGNED_DOCUMENT_TYPES, maxBytes: 1024, field: 'input.file' };
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF');
const upload = (overrides: Partial<UploadInput> = {}): UploadInput => ({
  fileName: 'PKS-2026.pdf',
  mimeType: 'application/pdf',
  contentBase64: pdf.toString('base64'),
  ...overrides,
});

function rejection(input: UploadInput, maxBytes = POLICY.maxBytes): FileRejectedError {
  try {
    checkUpload(input, { ...POLICY, maxBytes });
  } catch (error) {
    if (error instanceof FileRejectedError) return error;
    throw error;
  }
  throw new Error('expected the upload to be rejected');
}

describe('checkUpload', () => {
  it('accepts a real PDF and keeps its size and SHA-256', () => {
    const checked = checkUpload(upload({ fileName: 'C:\\scans\\PKS-2026.PDF', mimeType: 'Application/PDF' }), POLICY);
    expect(checked).toMatchObject({ fileName: 'PKS-2026.PDF', mimeType: 'application/pdf', sizeBytes: pdf.length });
    expect(checked.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(checked.bytes).toEqual(pdf);
  });

  it('refuses a type outside the policy, naming the accepted ones in both languages', () => {
    const error = rejection(upload({ fileName: 'setup.exe', mimeType: 'application/x-msdownload' }));
    expect(error).toMatchObject({ reason: 'TYPE', field: 'input.file.fileName' });
    expect(error.messages.en).toContain('.pdf, .png, .jpg, .jpeg');
    expect(error.messages.id).toContain('tidak diterima');
  });

  it('refuses a declared MIME type that does not match the extension', () => {
    expect(rejection(upload({ mimeType: 'text/html' }))).toMatchObject({ reason: 'MIME', field: 'input.file.mimeType' });
  });

  it('refuses content that is not really the claimed type (an HTML page renamed .pdf)', () => {
    expect(rejection(upload({ contentBase64: Buffer.from('<html><script>').toString('base64') }))).toMatchObject({
      reason: 'CONTENT',
      field: 'input.file.contentBase64',
    });
  });

  it('refuses files over the limit before decoding them, empty files and broken base64', () => {
    expect(rejection(upload({ contentBase64: 'A'.repeat(4000) }))).toMatchObject({ reason: 'TOO_LARGE' });
    expect(rejection(upload(), pdf.length - 1)).toMatchObject({ reason: 'TOO_LARGE' });
    expect(rejection(upload({ contentBase64: '' }))).toMatchObject({ reason: 'EMPTY' });
    expect(rejection(upload({ contentBase64: 'JVBE*g==' }))).toMatchObject({ reason: 'BASE64' });
  });

  it('refuses a name that is empty or only a directory', () => {
    expect(rejection(upload({ fileName: '  ' }))).toMatchObject({ reason: 'NAME', field: 'input.file.fileName' });
    expect(rejection(upload({ fileName: 'scans/' }))).toMatchObject({ reason: 'NAME' });
  });

  it('a policy may keep directory parts as underscores instead of dropping them', () => {
    expect(checkUpload(upload({ fileName: '../../scans\\PKS.pdf' }), { ...POLICY, directories: 'underscore' }).fileName).toBe(
      '.._.._scans_PKS.pdf',
    );
    expect(checkUpload(upload({ fileName: '../../scans\\PKS.pdf' }), POLICY).fileName).toBe('PKS.pdf');
  });

  it('a policy may word some refusals its own way while the rules and the other messages stay', () => {
    const policy = {
      ...POLICY,
      messages: {
        MIME: (d: RejectionDetails) => ({
          en: `Send .${d.extension} as ${d.expectedMimeType} (got ${d.declaredMimeType}).`,
          id: `Kirim .${d.extension} sebagai ${d.expectedMimeType}.`,
        }),
      },
    };
    const refuse = (input: UploadInput) => {
      try {
        checkUpload(input, policy);
      } catch (error) {
        return error as FileRejectedError;
      }
      throw new Error('expected the upload to be rejected');
    };
    expect(refuse(upload({ mimeType: 'text/html' }))).toMatchObject({
      reason: 'MIME',
      field: 'input.file.mimeType',
      messages: { en: 'Send .pdf as application/pdf (got text/html).' },
    });
    expect(refuse(upload({ contentBase64: '' })).messages).toEqual({ en: 'The file is empty.', id: 'Berkas kosong.' });
  });

  it('sizes the JSON body limit for base64 plus the query, and reads limits from the environment', () => {
    expect(uploadBodyLimitBytes(3 * 1024 * 1024)).toBe(4 * 1024 * 1024 + 64 * 1024);
    expect(maxBytesFromEnv('LIMIT', 10, { LIMIT: '2048' })).toBe(2048);
    expect(maxBytesFromEnv('LIMIT', 10, { LIMIT: 'lots' })).toBe(10);
    expect(maxBytesFromEnv('LIMIT', 10, {})).toBe(10);
  });
});
