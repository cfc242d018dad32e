import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { lexicographicSortSchema } from 'graphql';

/**
 * The subgraph SDL of an initialised app (federation directives included), as composition needs it.
 * Types, fields, arguments and enum values are printed in name order: Nest builds the schema in the
 * order files happen to load, and moving code between modules must not rewrite schema.graphql.
 */
export function printSubgraphSdl(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${printSubgraphSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
