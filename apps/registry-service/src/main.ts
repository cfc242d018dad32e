import { runServiceCli } from '@simpul/service-kit';
import { AppModule } from './app.module';
import { countAdminsCommand, createAdminCommand } from './identity/create-admin.command';
import { registerDemoPluginCommand } from './plugins/register-demo-plugin.command';
import { registryDataSourceOptions } from './registry-database';
import { seedRegistry } from './seed/seed';

// Commands: (none) serve · migrate · migrate:down · seed · print-schema (see runServiceCli)
// · create-admin --email <e> --name "<n>" (password in SIMPUL_ADMIN_PASSWORD) · count-admins
// · register-demo-plugin --entry <url> --sha256 <hex> [--module ./Plugin] [--version 1.0.0].
runServiceCli({
  name: 'registry',
  defaultPort: 4101,
  module: (databaseUrl) => AppModule.forRoot({ databaseUrl }),
  dataSourceOptions: registryDataSourceOptions,
  seed: (options, { demo }) => seedRegistry(options, { demo }),
  commands: {
    'create-admin': createAdminCommand,
    'count-admins': countAdminsCommand,
    'register-demo-plugin': async (options, args) => {
      await registerDemoPluginCommand(options, args);
    },
  },
});
