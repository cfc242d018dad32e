import { contentDisposition, fileHeaders, opensInline } from './file-headers';

describe('the headers of an evidence file', () => {
  it.each(['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/gif', 'IMAGE/PNG'])('%s opens inline', (type) => {
    expect(opensInline(type)).toBe(true);
    expect(contentDisposition('bukti', type)).toMatch(/^inline; /);
  });

  it.each(['image/svg+xml', 'text/html', 'application/xhtml+xml', 'text/plain', 'application/octet-stream', 'application/zip'])(
    '%s is always an attachment: it could run script or is no document a browser shows',
    (type) => {
      expect(opensInline(type)).toBe(false);
      expect(contentDisposition('bukti', type)).toMatch(/^attachment; /);
    },
  );

  it('keeps the real name in filename* and a safe ASCII one in filename', () => {
    expect(contentDisposition('Foto papan – lobi "A".jpg', 'image/jpeg')).toBe(
      `inline; filename="Foto papan  lobi _A_.jpg"; filename*=UTF-8''Foto%20papan%20%E2%80%93%20lobi%20%22A%22.jpg`,
    );
    expect(contentDisposition("it's (1).pdf", 'application/pdf')).toBe(
      `inline; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`,
    );
    // Nothing of the name survives in ASCII, or only a dot file would: still a name to save under.
    expect(contentDisposition('報告書.pdf', 'application/pdf')).toMatch(/^inline; filename="bukti\.pdf"; /);
    expect(contentDisposition('\r\n.pdf', 'application/pdf')).toMatch(/^inline; filename="bukti\.pdf"; filename\*=UTF-8''%0D%0A\.pdf$/);
  });

  it('says the exact length and forbids sniffing, caching, script and referrers', () => {
    expect(fileHeaders({ fileName: 'a.png', mimeType: 'image/png' }, 845)).toEqual({
      'content-type': 'image/png',
      'content-length': '845',
      'content-disposition': `inline; filename="a.png"; filename*=UTF-8''a.png`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': 'sandbox',
      'referrer-policy': 'no-referrer',
    });
  });
});
