import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** An error of the API, with its `extensions.code` (NOT_FOUND, BAD_USER_INPUT, ...). */
export class PlanGraphError extends Error {
  constructor(message: string, readonly code: string | undefined, readonly extensions: Record<string, unknown>) {
    super(message);
    this.name = 'PlanGraphError';
  }
}

export interface PlanGraphClient {
  /** Runs a typed document; the result and the variables are typed by the document. */
  request<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables: V, options?: { signal?: AbortSignal }): Promise<T>;
}

export interface ClientOptions {
  /** The API, e.g. http://localhost:4000/graphql. */
  readonly url: string;
  /** Sent with every request, e.g. { 'X-API-Key': '...' } for curation. */
  readonly headers?: Record<string, string>;
  readonly fetch?: typeof fetch;
}

/** A minimal client over fetch (any TypedDocumentNode client works as well: urql, Apollo, graphql-request). */
export function createClient(options: ClientOptions): PlanGraphClient {
  const send = options.fetch ?? fetch;
  const texts = new WeakMap<object, string>();
  return {
    async request(document, variables, { signal } = {}) {
      let query = texts.get(document);
      if (!query) texts.set(document, (query = print(document)));
      const response = await send(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options.headers },
        body: JSON.stringify({ query, variables }),
        signal,
      });
      const body = (await response.json()) as { data?: never; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      const first = body.errors?.[0];
      if (first) throw new PlanGraphError(first.message, first.extensions?.code as string | undefined, first.extensions ?? {});
      if (!body.data) throw new PlanGraphError(`PlanGraph answered ${response.status} without data`, undefined, {});
      return body.data;
    },
  };
}
