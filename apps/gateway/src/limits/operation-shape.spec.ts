import { buildSchema, Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { operationShapes } from './operation-shape';

const schema = buildSchema(`
  type ServiceUnitConnection { totalCount: Int! edges: [ServiceUnitEdge!]! }
  type ServiceUnitEdge { node: ServiceUnit! }
  type ServiceUnit { id: ID! name: String! }
  type Query { serviceUnits(first: Int = 20, text: String): ServiceUnitConnection! }
`);

const operationOf = (document: DocumentNode): OperationDefinitionNode => {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return operation;
};

describe('what the query limits read off an operation', () => {
  it('is worked out once per parsed document, however many requests it serves', () => {
    const shapeOf = operationShapes(20);
    const document = parse('query($text: String) { serviceUnits(first: 5, text: $text) { edges { node { id n: name } } } }');
    const shape = shapeOf(schema, document, operationOf(document));
    expect(shape.counts).toEqual({ fields: 5, aliases: 1, rootFields: 1 });
    // The list's size is written in the query, so the variables (the search text) cannot change the
    // cost: the connection, its edges and 5 units.
    expect(shape.measure).toEqual({ depth: 4, cost: 7 });
    expect(shapeOf(schema, document, operationOf(document))).toBe(shape);
  });

  it("leaves the cost to each request's variables when a `first` takes one", () => {
    const shapeOf = operationShapes(20);
    const document = parse('query($n: Int) { serviceUnits(first: $n) { edges { node { id } } } }');
    expect(shapeOf(schema, document, operationOf(document)).measure).toBeNull();
  });

  it('is worked out again for a new schema (a new supergraph)', () => {
    const shapeOf = operationShapes(20);
    const document = parse('{ serviceUnits { totalCount } }');
    const first = shapeOf(schema, document, operationOf(document));
    const again = shapeOf(buildSchema('type Query { serviceUnits: Int }'), document, operationOf(document));
    expect(again).not.toBe(first);
    expect(again.measure).toEqual({ depth: 1, cost: 0 });
  });
});
