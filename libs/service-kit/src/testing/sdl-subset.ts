import { Kind, parse, print, type FieldDefinitionNode } from 'graphql';

interface TypeShape {
  fields: Map<string, FieldDefinitionNode>;
  values: Set<string>;
}

/** Object and enum types of an SDL document, extensions merged into their type. */
function shapes(sdl: string): Map<string, TypeShape> {
  const found = new Map<string, TypeShape>();
  const shapeOf = (name: string): TypeShape => {
    const shape = found.get(name) ?? { fields: new Map<string, FieldDefinitionNode>(), values: new Set<string>() };
    found.set(name, shape);
    return shape;
  };
  for (const definition of parse(sdl).definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
      const shape = shapeOf(definition.name.value);
      for (const field of definition.fields ?? []) shape.fields.set(field.name.value, field);
    } else if (definition.kind === Kind.ENUM_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_EXTENSION) {
      const shape = shapeOf(definition.name.value);
      for (const value of definition.values ?? []) shape.values.add(value.name.value);
    }
  }
  return found;
}

const argumentsOf = (field: FieldDefinitionNode) =>
  (field.arguments ?? []).map((argument) => `${argument.name.value}: ${print(argument.type)}`).join(', ');

/**
 * Where a test double's SDL (`subset`) is not part of the real subgraph's SDL (`real`): every type,
 * field (with its type and arguments) and enum value of the double must exist, the same, in the real
 * one. An empty list means the double serves nothing the real service does not.
 */
export function sdlSubsetMismatches(subset: string, real: string): string[] {
  const realShapes = shapes(real);
  const mismatches: string[] = [];
  for (const [name, shape] of shapes(subset)) {
    const realShape = realShapes.get(name);
    if (!realShape) {
      mismatches.push(`type ${name} does not exist`);
      continue;
    }
    for (const [fieldName, field] of shape.fields) {
      const realField = realShape.fields.get(fieldName);
      if (!realField) mismatches.push(`${name}.${fieldName} does not exist`);
      else if (print(realField.type) !== print(field.type))
        mismatches.push(`${name}.${fieldName} is ${print(realField.type)}, not ${print(field.type)}`);
      else if (argumentsOf(realField) !== argumentsOf(field))
        mismatches.push(`${name}.${fieldName} takes (${argumentsOf(realField)}), not (${argumentsOf(field)})`);
    }
    for (const value of shape.values) if (!realShape.values.has(value)) mismatches.push(`${name}.${value} is no value of the enum`);
  }
  return mismatches;
}
