import fs from 'node:fs';
import path from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { printSubgraphSdl } from '../graphql/print-sdl';

/**
 * Fails unless `<appDir>/schema.graphql` is what the code prints: the gateway's supergraph and the
 * remotes' generated types are built from that file, so it must never lag behind the resolvers.
 */
export async function expectCommittedSdl(module: DynamicModule, appDir: string): Promise<void> {
  const app = await NestFactory.create(module, { logger: false });
  await app.init();
  const printed = printSubgraphSdl(app);
  await app.close();
  const file = path.join(appDir, 'schema.graphql');
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (printed !== committed) {
    throw new Error(`${path.relative(process.cwd(), file)} is out of date with the code: run \`npm run schema\` and commit the result.`);
  }
}
