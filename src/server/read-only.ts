/**
 * The API is read-only: the schema has no Mutation or Subscription type, but graphql-js 16 only notices at
 * execution ("Schema is not configured to execute mutation operation"), which would reach clients as an internal
 * error. This validation rule refuses such operations up front, as the client error they are.
 */
import { GraphQLError } from 'graphql';
import type { ASTVisitor, ValidationContext } from 'graphql';

export function queriesOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === 'query') return;
      context.reportError(
        new GraphQLError(`This API is read-only: ${node.operation} operations are not supported, only queries.`, {
          nodes: [node],
        }),
      );
    },
  };
}
