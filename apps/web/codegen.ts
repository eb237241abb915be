import type { CodegenConfig } from '@graphql-codegen/cli';

// The API writes its schema from code into apps/api/schema.gql; the web never edits it.
const config: CodegenConfig = {
  overwrite: true,
  schema: process.env.SPILLOVER_SCHEMA ?? '../api/schema.gql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string', JSON: 'unknown', SafeInt: 'number' },
        enumsAsTypes: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        useTypeImports: true,
        // Apollo re-exports the type; the web need not depend on @graphql-typed-document-node directly.
        documentNodeImport: '@apollo/client#TypedDocumentNode',
      },
    },
  },
};

export default config;
