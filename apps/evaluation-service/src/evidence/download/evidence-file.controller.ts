import { Controller, Get, HttpStatus, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Access, sendRestError, SimpulHttpFilter } from '@simpul/service-kit';
import { EvidenceDownloadService, LinkExpiredError } from './evidence-download.service';
import { fileHeaders } from './file-headers';

/**
 * GET /files/evidence/:documentId[/:fileName]?token=… — the bytes of one evidence document, for the link
 * `evidenceDownloadLink` issued. A refused link answers the GraphQL error shape in both languages:
 * 403 (forged, malformed, for another document, or a reader who may no longer open it), 410 (expired),
 * 404 (no such document, or its file is gone).
 */
@UseFilters(SimpulHttpFilter)
@Controller('files/evidence')
export class EvidenceFileController {
  constructor(private readonly downloads: EvidenceDownloadService) {}

  // Public to the guard: the browser follows the link in a new tab or as a download, without the
  // page's bearer token, so the gateway forwards it as the public. The signed token in the URL is
  // the authorisation (checked in EvidenceDownloadService.open), and the internal-token middleware
  // still refuses anything that did not come through the gateway.
  @Access('public')
  // The name after the id is for the browser only (links carry it); the stored name is what is sent.
  @Get([':documentId', ':documentId/:fileName'])
  async download(@Param('documentId') documentId: string, @Query('token') token: unknown, @Res() res: Response): Promise<void> {
    try {
      const { document, bytes } = await this.downloads.open(documentId, typeof token === 'string' ? token : undefined);
      // writeHead, not res.set: Express would add a charset to the stored type.
      res.writeHead(HttpStatus.OK, fileHeaders(document, bytes.length)).end(bytes);
    } catch (error) {
      res.setHeader('cache-control', 'no-store');
      if (error instanceof LinkExpiredError) {
        res.status(HttpStatus.GONE).json({ errors: [{ message: error.messages.en, extensions: error.extensions }] });
        return;
      }
      sendRestError(res, error);
    }
  }
}
