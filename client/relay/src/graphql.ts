/** The tag relay-compiler reads; at run time the compiled artifacts replace it (babel-plugin-relay). */
export function graphql(strings: TemplateStringsArray): never {
  throw new Error(`graphql\`${strings.join('')}\` must be compiled by relay-compiler`);
}
