import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed schema and the operation files in operations/: the
 * client/generated folder holds a TypedDocumentNode per operation, with the types of its
 * variables and result. The API tests use these documents; frontend teams use the same files
 * (any client that accepts a TypedDocumentNode: urql, Apollo Client, graphql-request, fetch).
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['operations/**/*.graphql'],
  ignoreNoDocuments: false,
  // ES module imports with .js extensions, as Node's module resolution requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { LocalDate: 'string', DateTime: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
