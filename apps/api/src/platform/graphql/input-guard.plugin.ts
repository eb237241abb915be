import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type ASTNode } from 'graphql';
import { UNSTORABLE_TEXT_MESSAGE, badInput, errorKey, isStorableText } from '@spillover/domain';
import { clientField, findInput, pathOfNode } from './input-paths';

const isStringNode = (value: unknown): value is { kind: Kind.STRING; value: string } =>
  typeof value === 'object' && value !== null && (value as ASTNode).kind === Kind.STRING;

/** A string, literal or from a variable, that PostgreSQL could not store. */
function unstorable(value: unknown): boolean {
  if (typeof value === 'string') return !isStorableText(value);
  return isStringNode(value) && !isStorableText(value.value);
}

/**
 * The edge's guard over every input of every operation, anonymous or not, before any
 * resolver runs:
 * - text with a NUL or an unpaired surrogate (which PostgreSQL refuses with an encoding
 *   error) is refused as BAD_USER_INPUT naming the field, wherever it sits: an argument, a
 *   nested input object, a list, a variable;
 * - a literal graphql-js refuses (a bad enum value, a malformed DateTime) gets the field it
 *   was given for, as variables already do.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          return async (errors) => {
            for (const error of errors ?? []) {
              if (!(error instanceof GraphQLError)) continue;
              const node = error.nodes?.[0];
              const path = node ? pathOfNode(document, node) : null;
              if (path) error.extensions['field'] = clientField(path);
            }
          };
        },
        async didResolveOperation({ document, request }) {
          const path = findInput(document, request.variables ?? {}, unstorable);
          if (!path) return;
          const field = clientField(path);
          const key = errorKey('input.unstorableText');
          throw new GraphQLError(UNSTORABLE_TEXT_MESSAGE, {
            originalError: badInput(field, UNSTORABLE_TEXT_MESSAGE, key),
            extensions: { code: 'BAD_USER_INPUT', field, key, http: { status: 400 } },
          });
        },
      };
    },
  };
}
