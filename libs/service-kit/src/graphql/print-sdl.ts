import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSubgraphSchema } from '@apollo/subgraph';

/** The subgraph SDL of an initialised app (federation directives included), as composition needs it. */
export function printSubgraphSdl(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${printSubgraphSchema(schema).trim()}\n`;
}
