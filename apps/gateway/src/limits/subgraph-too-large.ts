import { ADVERTISED_UPLOADS, bodyTooLargeExtensions, jsonBodyLimitFor } from '@simpul/service-kit';
import { GraphQLError } from 'graphql';

/**
 * A subgraph's HTTP 413 without a GraphQL error in its body (its parser answered before the
 * service did): BAD_USER_INPUT with the limit the service advertises in service-kit's table.
 */
export function subgraphTooLargeError(subgraphName: string): GraphQLError {
  const limit = subgraphName in ADVERTISED_UPLOADS ? jsonBodyLimitFor(subgraphName) : undefined;
  if (limit !== undefined) {
    const extensions = bodyTooLargeExtensions(limit, subgraphName);
    return new GraphQLError(extensions.messages?.en ?? '', { extensions: { ...extensions, serviceName: subgraphName } });
  }
  const messages = {
    en: `The request is larger than the ${subgraphName} service accepts; send a smaller file.`,
    id: `Permintaan lebih besar dari yang diterima layanan ${subgraphName}; kirim berkas yang lebih kecil.`,
  };
  return new GraphQLError(messages.en, { extensions: { code: 'BAD_USER_INPUT', messages, serviceName: subgraphName } });
}
