import { readUpload } from './read-upload';

const t = (key: string, params?: Record<string, unknown>) => `${key} ${JSON.stringify(params ?? {})}`;

describe('readUpload', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reads no file as no upload', async () => {
    await expect(readUpload(null, t)).resolves.toEqual({ upload: null, problem: null });
  });

  it('reads a chosen file as base64 with the MIME type the service expects', async () => {
    const file = new File(['%PDF'], 'SK.pdf', { type: '' });
    await expect(readUpload(file, t)).resolves.toEqual({
      upload: { fileName: 'SK.pdf', mimeType: 'application/pdf', contentBase64: btoa('%PDF') },
      problem: null,
    });
  });

  it('says which file could not be read when the browser fails to read it', async () => {
    jest.spyOn(FileReader.prototype, 'readAsDataURL').mockImplementation(function (this: FileReader) {
      this.onerror?.(new ProgressEvent('error') as ProgressEvent<FileReader>);
    });
    const file = new File(['%PDF'], 'SK.pdf', { type: 'application/pdf' });
    await expect(readUpload(file, t)).resolves.toEqual({ upload: null, problem: 'file.unreadable {"name":"SK.pdf"}' });
  });
});
