import { GraphQLError, Kind, type ValidationRule } from 'graphql';

/**
 * The same field asked for again and again in one selection (`{ __typename __typename … }`
 * 500 times) costs parsing and validation for nothing: graphql-js merges the copies, so the
 * depth, alias and cost limits never see them.
 */
export const maxRepeatedFieldsRule =
  (max: number): ValidationRule =>
  (context) => ({
    SelectionSet(node) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count === max + 1)
          context.reportError(
            new GraphQLError(`Ask for "${key}" at most ${max} times in one selection.`, {
              nodes: selection,
            }),
          );
      }
    },
  });
