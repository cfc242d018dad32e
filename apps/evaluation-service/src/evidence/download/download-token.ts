import { createHmac } from 'node:crypto';
import { isRole } from '@simpul/contracts';
import { readSecret, signToken, verifyToken } from '@simpul/service-kit';
import type { DocumentReader } from '../../access/evidence-access.service';

/** How long a download link stands: long enough for the browser to follow it, too short to pass around. */
export const DOWNLOAD_LINK_TTL_SECONDS = 120;

/** Nest injection token of the key download links are signed with. */
export const DOWNLOAD_LINK_KEY = Symbol('DOWNLOAD_LINK_KEY');

const KIND = 'evidence-download';

/**
 * The signing key, derived from INTERNAL_SECRET for this one purpose: every replica shares it (a
 * link minted by one opens on another), and neither kind of token can pass for the other.
 */
export function downloadLinkKey(internalSecret: string = readSecret('INTERNAL_SECRET')): string {
  return createHmac('sha256', internalSecret).update('simpul:evaluation:evidence-download').digest('base64url');
}

/** A token for `documentId` and `reader`, and the instant it stops being accepted (whole seconds, as in the token). */
export function signDownloadToken(documentId: string, reader: DocumentReader, key: string, now: Date): { token: string; expiresAt: Date } {
  const claims = { kind: KIND, documentId, reader: { userId: reader.userId, role: reader.role, serviceUnitId: reader.serviceUnitId } };
  const token = signToken(claims, key, DOWNLOAD_LINK_TTL_SECONDS, now.getTime());
  return { token, expiresAt: new Date((Math.floor(now.getTime() / 1000) + DOWNLOAD_LINK_TTL_SECONDS) * 1000) };
}

export type DownloadTokenCheck = { ok: true; reader: DocumentReader } | { ok: false; reason: 'invalid' | 'expired' | 'other-document' };

/** Checks a link's token for `documentId`: signed with `key`, of this kind, for this document and not expired. */
export function readDownloadToken(token: string | undefined, documentId: string, key: string, now: Date): DownloadTokenCheck {
  if (!token) return { ok: false, reason: 'invalid' };
  const check = verifyToken(token, key, now.getTime());
  if (!check.ok) return { ok: false, reason: check.reason === 'expired' ? 'expired' : 'invalid' };
  const { kind, reader } = check.claims as { kind?: unknown; reader?: Partial<DocumentReader> };
  if (kind !== KIND || typeof reader?.userId !== 'string' || !isRole(reader.role)) return { ok: false, reason: 'invalid' };
  if (check.claims.documentId !== documentId) return { ok: false, reason: 'other-document' };
  return {
    ok: true,
    reader: {
      userId: reader.userId,
      role: reader.role,
      serviceUnitId: typeof reader.serviceUnitId === 'string' ? reader.serviceUnitId : null,
    },
  };
}
