import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GATEWAY_CONFIG } from '../app/gateway-config.token';
import type { GatewayConfig } from '../config/gateway-config';
import { urlBesideGraphql } from '../config/subgraph-endpoints';
import { errorBody } from '../session/session-errors';
import { FILES_UNAVAILABLE, proxyFile } from './file-proxy';

/**
 * GET /files/evidence/:documentId[/:fileName]?token=… — an evidence file, streamed from the evaluation subgraph
 * (its URL: EVALUATION_URL or the supergraph's, `/graphql` replaced by the path). The browser
 * follows a short-lived link the evaluation service signed (`evidenceDownloadLink`) in a new tab or
 * as a download, without the page's bearer token; that service checks the link and who it names,
 * so the gateway asks for no caller and forwards only the document id and the token.
 */
@Controller('files')
export class FilesController {
  private readonly evaluationUrl: string | null;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.evaluationUrl = config.subgraphs.find((subgraph) => subgraph.name === 'evaluation')?.url ?? null;
  }

  @Get(['evidence/:documentId', 'evidence/:documentId/:fileName'])
  evidence(
    @Param('documentId') documentId: string,
    @Param('fileName') fileName: string | undefined,
    @Query('token') token: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): void {
    if (!this.evaluationUrl) {
      res.status(503).set('cache-control', 'no-store').json(errorBody('INTERNAL_SERVER_ERROR', FILES_UNAVAILABLE));
      return;
    }
    const named = fileName === undefined ? '' : `/${encodeURIComponent(fileName)}`;
    const target = new URL(urlBesideGraphql(this.evaluationUrl, `/files/evidence/${encodeURIComponent(documentId)}${named}`));
    if (typeof token === 'string') target.searchParams.set('token', token);
    proxyFile(req, res, target, '/files/evidence/:documentId', { internalSecret: this.config.internalSecret, log: this.config.log });
  }
}
