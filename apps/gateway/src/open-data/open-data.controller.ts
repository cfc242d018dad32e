import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GATEWAY_CONFIG } from '../app/gateway-config.token';
import type { GatewayConfig } from '../config/gateway-config';
import { proxyFile } from '../files/file-proxy';
import { errorBody } from '../session/session-errors';
import { dcatCatalog } from './dcat-catalog';
import { OpenDataDirectory } from './open-data-directory';

const NOT_FOUND = { id: 'Set data ini tidak ada.', en: 'There is no such dataset.' };

/**
 * The portal's origin the catalogue's links point at: the one the browser came to (the portal's web
 * server forwards its Host), when it is one of the configured portal origins; otherwise the first.
 * Never a Host a client made up.
 */
export function publicOrigin(req: Request, portalOrigins: readonly string[]): string {
  const forwarded = req.get('x-forwarded-host');
  return portalOrigins.find((origin) => new URL(origin).host === forwarded) ?? portalOrigins[0];
}

/**
 * GET /data/catalog.json — every service's open datasets in one DCAT catalogue; GET
 * /data/<id>.<csv|json|xlsx> — the download, streamed from the service that owns the dataset, as
 * the public (no browser credentials go along).
 */
@Controller('data')
export class OpenDataController {
  private readonly directory: OpenDataDirectory;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.directory = new OpenDataDirectory(config);
  }

  @Get('catalog.json')
  async catalog(@Req() req: Request, @Res() res: Response): Promise<void> {
    const catalog = dcatCatalog(await this.directory.entries(), publicOrigin(req, this.config.portalOrigins));
    res.status(200).set({ 'cache-control': 'public, max-age=60', 'access-control-allow-origin': '*' }).json(catalog);
  }

  @Get(':file')
  async download(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = /^([a-z0-9-]+)\.(csv|json|xlsx)$/.exec(file);
    const owner = match ? await this.directory.owner(match[1]) : undefined;
    if (!match || !owner) {
      res.status(404).set('cache-control', 'no-store').json(errorBody('NOT_FOUND', NOT_FOUND));
      return;
    }
    const target = new URL(`${owner.base}/open-data/${match[1]}.${match[2]}`);
    proxyFile(req, res, target, `/data/${match[1]}.${match[2]}`, { internalSecret: this.config.internalSecret, log: this.config.log });
  }
}
