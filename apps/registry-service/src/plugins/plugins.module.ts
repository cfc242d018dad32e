import { Module } from '@nestjs/common';
import { PluginStateController } from './plugin-state.controller';
import { PluginsResolver } from './plugins.resolver';
import { PluginsService } from './plugins.service';

/** Agency desk plugins: their review, the list a portal page loads, plugin tokens, and the gateway's state check. */
@Module({
  controllers: [PluginStateController],
  providers: [PluginsResolver, PluginsService],
})
export class PluginsModule {}
