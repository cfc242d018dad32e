import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import type { Caller } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, readInternalToken, readSecret, stableId } from '@simpul/service-kit';
import { freePort } from '@simpul/service-kit/testing';

/**
 * TEST DOUBLE for the KIPP subgraph, a separate service this app may not import: a real HTTP
 * GraphQL server answering the one question plugins ask (`myKippRoles { localAdminOf { agency { id } } }`)
 * for the caller of the internal token, from the KIPP demo appointment (the Kalimantan Selatan
 * local admin of Pemprov Kalimantan Selatan) plus whatever a test appoints. Like every subgraph it
 * refuses requests without a valid internal token.
 */

const typeDefs = `#graphql
  type Agency { id: ID! }
  type KippLocalAdminBinding { agency: Agency! }
  type KippRoles { localAdminOf: [KippLocalAdminBinding!]! }
  type Query { myKippRoles: KippRoles! }
`;

export interface FakeKipp {
  url: string;
  /** Local-admin appointments by registry user id; tests add and remove their own. */
  localAdmins: Map<string, string[]>;
  /** Requests answered, to check when plugins ask. */
  requests: number;
  close(): Promise<void>;
}

export async function startFakeKipp(): Promise<FakeKipp> {
  const localAdmins = new Map<string, string[]>([[stableId('user', 'admin.kalsel@simpul.test'), [stableId('agency', 'pemprov-63')]]]);
  const handle = { requests: 0 };
  const server = new ApolloServer<{ caller: Caller }>({
    typeDefs,
    resolvers: {
      Query: {
        myKippRoles: (_: unknown, __: unknown, { caller }: { caller: Caller }) => ({
          localAdminOf: (caller ? (localAdmins.get(caller.userId) ?? []) : []).map((id) => ({ agency: { id } })),
        }),
      },
    },
  });
  const secret = readSecret('INTERNAL_SECRET');
  const port = await freePort();
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => {
      const header = req.headers[INTERNAL_TOKEN_HEADER];
      const check = readInternalToken(Array.isArray(header) ? header[0] : header, secret);
      if (!check.ok)
        throw new GraphQLError('Requests must come through the Simpul gateway', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      handle.requests += 1;
      return { caller: check.caller };
    },
  });
  return {
    url,
    localAdmins,
    get requests() {
      return handle.requests;
    },
    close: () => server.stop(),
  };
}
