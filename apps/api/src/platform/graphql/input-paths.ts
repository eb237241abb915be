import { Kind, visit, type ASTNode, type DocumentNode, type ValueNode } from 'graphql';

export type InputPath = readonly (string | number)[];

/**
 * The `field` a client reads for a value at `path` (argument name first): inside an input
 * object, the path below the argument (`name`, `sectors.0`), as domain validation names it;
 * otherwise the argument itself (`id`, `ids.0`).
 */
export function clientField(path: InputPath): string {
  const inside = path.length > 1 && typeof path[1] === 'string' ? path.slice(1) : path;
  return inside.join('.');
}

type Visit = (value: unknown, path: InputPath) => boolean;

/** Walks a JSON value (a variable's), depth first; stops when `found` says so. */
function walkJson(value: unknown, path: InputPath, found: Visit): InputPath | null {
  if (found(value, path)) return path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const hit = walkJson(item, [...path, index], found);
      if (hit) return hit;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const hit = walkJson(item, [...path, key], found);
      if (hit) return hit;
    }
  }
  return null;
}

/** Walks a literal value, following variables into their JSON values. */
function walkValue(
  node: ValueNode,
  path: InputPath,
  variables: Record<string, unknown>,
  found: Visit,
): InputPath | null {
  if (found(node, path)) return path;
  switch (node.kind) {
    case Kind.OBJECT:
      for (const field of node.fields) {
        const hit = walkValue(field.value, [...path, field.name.value], variables, found);
        if (hit) return hit;
      }
      return null;
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const hit = walkValue(item, [...path, index], variables, found);
        if (hit) return hit;
      }
      return null;
    case Kind.VARIABLE:
      return node.name.value in variables
        ? walkJson(variables[node.name.value], path, found)
        : null;
    default:
      return null;
  }
}

/**
 * The path of the first input value of the operation `found` picks: every argument of every
 * field and directive (in fragments too), every variable where it is used, and variable
 * defaults. `found` sees both AST value nodes and the JSON values of variables.
 */
export function findInput(
  document: DocumentNode,
  variables: Record<string, unknown>,
  found: Visit,
): InputPath | null {
  let hit: InputPath | null = null;
  visit(document, {
    Argument(node) {
      hit ??= walkValue(node.value, [node.name.value], variables, found);
    },
    VariableDefinition(node) {
      if (node.defaultValue)
        hit ??= walkValue(node.defaultValue, [node.variable.name.value], {}, found);
    },
  });
  return hit;
}

/** The path of an AST node inside an argument, for errors graphql-js reports on a literal. */
export const pathOfNode = (document: DocumentNode, target: ASTNode): InputPath | null =>
  findInput(document, {}, (value) => value === target);
