/**
 * What one request may ask for. The limits are set so that the analysts' questions (src/server/examples) fit with
 * room to spare, while alias bombs, cyclic nesting and duplicated-field floods are refused before execution
 * (test/server-abuse.test.ts checks both sides).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Largest request body, in bytes (the longest analyst question is under 1 kB). */
export const MAX_BODY_BYTES = 100 * 1024;

/** How long shared caches and browsers may keep a successful GET query result or an export, in seconds. */
export const HTTP_CACHE_MAX_AGE_SECONDS = 60;

/** GraphQL Armor's limits (https://escape.tech/graphql-armor/docs/category/plugins). */
export const GRAPHQL_LIMITS = Object.freeze({
  /** Nesting of fields, leaves included; the deepest question (03, study group -> … -> resolution -> number) has 6. */
  maxDepth: 8,
  /**
   * Armor's cost estimate (objects 2, scalars 1, times 1.5 per level of nesting). The costliest question (05, a
   * search) scores 250, so a dashboard may combine several; a query selecting most of the graph at once does not fit.
   */
  maxCost: 2000,
  /** Aliases per operation; the questions use none, dashboards may want a few. */
  maxAliases: 15,
  /** Directives (@include, @skip) per operation. */
  maxDirectives: 20,
  /** Lexical tokens per document (the longest question has 58): caps the parser's work before anything else runs. */
  maxTokens: 1000,
});

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/** A fresh Armor configuration: Armor adds its callbacks to the objects it is given, so never share one. */
function armorConfig(): GraphQLArmorConfig {
  return {
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // Armor's token limit throws from an Apollo parsing hook, which Apollo answers with a 500; graphql-js's own
    // parser limit (see parseOptions) gives the same protection as a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  };
}

/** Armor's Apollo plugins and validation rules. */
export function graphqlArmor(): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor(armorConfig()).protect();
}

/** Options for graphql-js's parser: stop after {@link GRAPHQL_LIMITS}.maxTokens tokens. */
export function parseOptions(): { readonly maxTokens: number } {
  return { maxTokens: GRAPHQL_LIMITS.maxTokens };
}
