// Usage: node tools/build/build-node.mjs apps/registry-service
import { rspack } from '@rspack/core';
import { nodeAppConfig } from './rspack-node.mjs';

const projectRoot = process.argv[2];
if (!projectRoot) {
  console.error('Usage: build-node.mjs <projectRoot>');
  process.exit(2);
}
rspack(nodeAppConfig({ projectRoot }), (error, stats) => {
  if (error || !stats || stats.hasErrors()) {
    console.error(error ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  console.log(`built ${projectRoot} in ${(stats.endTime ?? 0) - (stats.startTime ?? 0)} ms`);
});
