import type { Type } from '@nestjs/common';
import { Directive, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../errors/simpul-error';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

// Every subgraph defines the same PageInfo, so Federation 2 needs it marked shareable.
@ObjectType({ description: 'Posisi halaman / where this page sits in the whole list' })
@Directive('@shareable')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * `@ObjectType() class ServiceUnitConnection extends Paginated(ServiceUnit, 'ServiceUnit') {}` gives
 * `ServiceUnitConnection { totalCount, edges: [ServiceUnitEdge!]!, pageInfo }`.
 */
export function Paginated<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Connection<T> {
    @Field(() => Int, { description: 'Jumlah seluruh hasil / size of the whole filtered list' }) totalCount!: number;
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionType as unknown as Type<Connection<T>>;
}

export const MAX_PAGE_SIZE = 100;

/** `first` must be 1..100; anything else is BAD_USER_INPUT on `first`. */
export function validateFirst(first: number | null | undefined, fallback = 20): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw badUserInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`, `first harus antara 1 dan ${MAX_PAGE_SIZE}.`);
  }
  return value;
}

export type CursorValue = string | number;

/** Opaque keyset cursor: the sort key and the id of the last row. */
export function encodeCursor(sortValue: CursorValue, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): [CursorValue, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // falls through to the error below
  }
  throw badUserInput(field, 'The cursor is not valid.', 'Kursor tidak valid.');
}

export interface KeysetOptions<T> {
  /** SQL expression of the sort key, e.g. `unit.name`. */
  sortExpression: string;
  /** SQL expression of the unique tiebreaker, e.g. `unit.id`. */
  idExpression: string;
  direction: SortDirection;
  first: number;
  after?: string | null;
  sortValue: (row: T) => CursorValue;
  id: (row: T) => string;
}

/**
 * One page of `query` by keyset (sort key, id): a single SELECT of `first + 1` rows whatever the
 * page number, so deep pages cost the same as the first. On the first page `totalCount` comes with
 * the rows (`count(*) OVER ()` is taken before LIMIT: one statement instead of two); after a cursor
 * the rows no longer hold every match, so `countQuery` counts them. `query` must give one row per
 * entity (no joined selections).
 */
export async function keysetConnection<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  countQuery: SelectQueryBuilder<T>,
  options: KeysetOptions<T>,
): Promise<Connection<T>> {
  const descending = options.direction === SortDirection.DESC;
  if (options.after) {
    const [sortValue, id] = decodeCursor(options.after);
    query.andWhere(`(${options.sortExpression}, ${options.idExpression}) ${descending ? '<' : '>'} (:cursorSort, :cursorId)`, {
      cursorSort: sortValue,
      cursorId: id,
    });
  }
  query
    .orderBy(options.sortExpression, options.direction)
    .addOrderBy(options.idExpression, options.direction)
    .limit(options.first + 1);
  const [rows, totalCount] = options.after ? await Promise.all([query.getMany(), countQuery.getCount()]) : await withTotal(query);
  const page = rows.slice(0, options.first);
  const edges = page.map((node) => ({ cursor: encodeCursor(options.sortValue(node), options.id(node)), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > options.first,
      hasPreviousPage: Boolean(options.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

async function withTotal<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<[T[], number]> {
  const { entities, raw } = await query.addSelect('count(*) OVER ()', 'keyset_total').getRawAndEntities<{ keyset_total: string }>();
  return [entities, raw.length ? Number(raw[0].keyset_total) : 0];
}

/** Maps the nodes of a connection (entity rows to GraphQL models). */
export function mapConnection<A, B>(connection: Connection<A>, map: (node: A) => B): Connection<B> {
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
}

/**
 * A page of a list already held in memory (a cached ranking, aggregates computed for a whole cycle):
 * `first` items from index `start`, each edge's cursor from `cursorOf`.
 */
export function sliceConnection<T>(items: readonly T[], start: number, first: number, cursorOf: (item: T) => string): Connection<T> {
  const edges = items.slice(start, start + first).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    totalCount: items.length,
    edges,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A list with nothing in it, for callers who may not see the rows (and ids that cannot exist). */
export function emptyConnection<T>(): Connection<T> {
  return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
}
