// One rspack configuration for every Node app (services and gateway): swc compiles TypeScript with
// decorator metadata (NestJS and TypeORM need it), workspace libraries are bundled in, and every
// npm package stays external so Node loads it from node_modules at run time.
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const workspaceRoot = path.resolve(import.meta.dirname, '../..');
/** @type {unknown} */
const tsconfigBase = require(path.join(workspaceRoot, 'tsconfig.base.json'));
const { compilerOptions } = /** @type {{ compilerOptions: { paths: Record<string, string[]> } }} */ (tsconfigBase);

/** @returns {Record<string, string>} */
export function workspaceAliases() {
  return Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`${alias}$`, path.join(workspaceRoot, target)]),
  );
}

/**
 * @param {{ projectRoot: string, entry?: string }} options
 * @returns {import('@rspack/core').RspackOptions}
 */
export function nodeAppConfig({ projectRoot, entry = 'src/main.ts' }) {
  return {
    mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
    target: 'node24',
    context: path.join(workspaceRoot, projectRoot),
    entry: { main: `./${entry}` },
    output: {
      path: path.join(workspaceRoot, 'dist', projectRoot),
      filename: '[name].js',
      library: { type: 'commonjs2' },
      clean: true,
    },
    devtool: 'source-map',
    optimization: { minimize: false },
    resolve: { extensions: ['.ts', '.js', '.json'], alias: workspaceAliases() },
    externalsPresets: { node: true },
    externals: [
      ({ request }, callback) => {
        if (!request || request.startsWith('.') || request.startsWith('@simpul/') || path.isAbsolute(request)) return callback();
        return callback(null, `commonjs ${request}`);
      },
    ],
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', decorators: true },
              transform: { legacyDecorator: true, decoratorMetadata: true },
              target: 'es2022',
              keepClassNames: true,
            },
          },
        },
      ],
    },
    stats: 'errors-warnings',
  };
}
