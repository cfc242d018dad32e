import { signToken } from '@simpul/service-kit';
import type { DocumentReader } from '../../access/evidence-access.service';
import { downloadLinkKey, readDownloadToken, signDownloadToken } from './download-token';

const KEY = downloadLinkKey('download-token-spec-internal-secret-0123456789');
const NOW = new Date('2026-05-04T03:00:00.400Z');
const DOC = '0b6f3c8e-1c0e-4a51-9c39-1f1b1f5d2a11';
const reader: DocumentReader = { userId: 'u-1', role: 'EVALUATOR', serviceUnitId: null };
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('evidence download tokens', () => {
  it('bind the document and the reader until two minutes after the whole second they were issued in', () => {
    const { token, expiresAt } = signDownloadToken(DOC, reader, KEY, NOW);
    expect(expiresAt.toISOString()).toBe('2026-05-04T03:02:00.000Z');
    expect(readDownloadToken(token, DOC, KEY, later(119))).toEqual({ ok: true, reader });
    expect(readDownloadToken(token, DOC, KEY, new Date(expiresAt.getTime() - 1))).toMatchObject({ ok: true });
    expect(readDownloadToken(token, DOC, KEY, expiresAt)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse another document, another key, and a token of another kind signed with the same key', () => {
    const { token } = signDownloadToken(DOC, reader, KEY, NOW);
    expect(readDownloadToken(token, 'another-document', KEY, NOW)).toEqual({ ok: false, reason: 'other-document' });
    expect(readDownloadToken(token, DOC, downloadLinkKey('another-secret-of-enough-length-0123456789'), NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const internal = signToken({ kind: 'internal', documentId: DOC, reader }, KEY, 60, NOW.getTime());
    expect(readDownloadToken(internal, DOC, KEY, NOW)).toEqual({ ok: false, reason: 'invalid' });
    const noRole = signToken(
      { kind: 'evidence-download', documentId: DOC, reader: { userId: 'u-1', role: 'ROOT' } },
      KEY,
      60,
      NOW.getTime(),
    );
    expect(readDownloadToken(noRole, DOC, KEY, NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect(readDownloadToken(undefined, DOC, KEY, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('use a key of their own: INTERNAL_SECRET itself does not sign a link', () => {
    const secret = 'download-token-spec-internal-secret-0123456789';
    expect(downloadLinkKey(secret)).not.toBe(secret);
    const { token } = signDownloadToken(DOC, reader, secret, NOW);
    expect(readDownloadToken(token, DOC, KEY, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });
});
