import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access, notFound, sendRestError } from '@simpul/service-kit';
import { PluginsService } from './plugins.service';

/**
 * GET /internal/plugins/:id/state → `{ status }`: the gateway asks whether a plugin token's plugin is
 * still APPROVED (and caches the answer briefly). Behind the internal-token middleware like every route.
 */
@Controller('internal')
export class PluginStateController {
  constructor(private readonly plugins: PluginsService) {}

  @Access('public')
  @Get('plugins/:id/state')
  async state(@Param('id') id: string, @Res() res: Response): Promise<void> {
    try {
      const state = await this.plugins.state(id);
      if (!state) throw notFound('There is no such plugin.', 'Plugin tidak ditemukan.', 'id');
      res.status(200).json(state);
    } catch (error) {
      sendRestError(res, error);
    }
  }
}
