// Lint enforces the one-way data flow: documents -> loaders/ -> graph/ -> schema/ -> src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import prettier from 'eslint-config-prettier';

const layers = {
  loaders: ['./graph', './schema', './src', './test', './tools'],
  graph: ['./schema', './src', './test', './tools'],
  schema: ['./loaders', './src', './test', './tools'],
  src: ['./test', './tools'],
};

/** Zones for import/no-restricted-paths; tests may also import test helpers. */
const zones = (allowTest) =>
  Object.entries(layers).flatMap(([target, from]) =>
    from
      .filter((f) => !(allowTest && f === './test'))
      .map((f) => ({
        target: `./${target}`,
        from: f,
        message: `Data flows documents -> loaders -> graph -> schema -> src; ${target}/ must not import ${f.slice(2)}/.`,
      })),
  );

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', 'node_modules/', 'tools/neo4j/lib/', 'test-artifacts/', 'web/vendor/', '.scratch/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { ...importPlugin.flatConfigs.typescript, files: ['**/*.ts'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' }, node: true } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': ['error', { zones: zones(false) }],
    },
  },
  {
    // The explorer's browser code: type-checked with its own tsconfig (DOM library, no Node types).
    files: ['web/src/**/*.ts'],
    languageOptions: { parserOptions: { project: './web/tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    settings: { 'import/resolver': { typescript: { project: './web/tsconfig.json' }, node: true } },
  },
  {
    // neo4j-driver is reached only through the Neo4j adapter of the GraphStore port.
    files: ['loaders/**/*.ts', 'schema/**/*.ts', 'graph/**/*.ts', 'src/**/*.ts'],
    ignores: ['graph/neo4j/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only graph/neo4j/ may import neo4j-driver.' }] },
      ],
    },
  },
  {
    files: ['loaders/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'loaders/ is pure: no database access.' },
            { name: 'graphql', message: 'loaders/ is pure: no GraphQL.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts'],
    rules: { 'import/no-restricted-paths': ['error', { zones: zones(true) }] },
  },
  {
    files: ['tools/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
    },
  },
  prettier,
);
