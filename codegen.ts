// `npm run codegen`: the TypeScript types of every operation the converted remotes send, generated
// from the supergraph (tools/contract/codegen-config.ts holds the configuration).
import { codegenConfig } from './tools/contract/codegen-config';

export default codegenConfig(process.cwd());
