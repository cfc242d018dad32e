// Usage: node tools/build/build-node.mjs apps/registry-service [outputDir]
// outputDir (inside the workspace, so the bundle finds node_modules) lets a test build its own copy
// instead of rewriting dist/apps/<app> while another process runs it.
import path from 'node:path';
import { rspack } from '@rspack/core';
import { nodeAppConfig } from './rspack-node.mjs';

const projectRoot = process.argv[2];
if (!projectRoot) {
  console.error('Usage: build-node.mjs <projectRoot>');
  process.exit(2);
}
const config = nodeAppConfig({ projectRoot });
if (process.argv[3] && config.output) config.output.path = path.resolve(process.argv[3]);
rspack(config, (error, stats) => {
  if (error || !stats || stats.hasErrors()) {
    console.error(error ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  console.log(`built ${projectRoot} in ${(stats.endTime ?? 0) - (stats.startTime ?? 0)} ms`);
});
