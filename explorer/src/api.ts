import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql/language/printer';

/** The service the explorer is served by: same origin, so no request ever leaves it. */
const ENDPOINT = '/graphql';

export class ApiError extends Error {
  constructor(message: string, readonly code: string | undefined, readonly extensions: Record<string, unknown> = {}) {
    super(message);
  }
}

const texts = new WeakMap<object, string>();

/** The operation's text, as sent and as opened in GraphiQL. */
export function operationText(document: TypedDocumentNode<unknown, never> | TypedDocumentNode<any, any>): string {
  let text = texts.get(document);
  if (!text) {
    text = print(document);
    texts.set(document, text);
  }
  return text;
}

export async function request<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: operationText(document), variables }),
    signal,
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new ApiError(first.message, first.extensions?.code as string | undefined, first.extensions);
  }
  if (!body.data) throw new ApiError(`The service answered ${response.status}`, undefined);
  return body.data;
}

/** "Open in GraphiQL": the exact operation and variables of a view. */
export function graphiqlHref(document: TypedDocumentNode<any, any>, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ query: operationText(document), variables: JSON.stringify(variables, null, 2) });
  return `/graphiql/?${params}`;
}

export interface SourceLine {
  number: number;
  text: string;
  cited: boolean;
}

export interface SourceExcerpt {
  source: string;
  title: string | null;
  publisher: string | null;
  totalLines: number;
  from: number;
  to: number;
  lines: SourceLine[];
}

export async function sourceExcerpt(source: string, from: number, to: number, context = 12): Promise<SourceExcerpt> {
  const response = await fetch(`/sources/${encodeURIComponent(source)}?lines=${from}-${to}&context=${context}`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new ApiError(`Source ${source} is not available (${response.status})`, 'NOT_FOUND');
  return (await response.json()) as SourceExcerpt;
}
