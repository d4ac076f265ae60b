import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { ScopedContext } from '../observability/requestScope.js';
import { APPLICATION_JSON, responseMediaType } from './mediaType.js';

/**
 * GraphQL over HTTP, for clients that accept only `application/json`: a request that is
 * well-formed but whose document does not parse or validate, or whose variables do not fit, is
 * answered 200 with the errors (the spec's SHOULD), since such clients read errors from the body
 * and may treat a 400 as a transport failure. `application/graphql-response+json` keeps 400,
 * as the spec asks there. Statuses other than 400 (401, 429, 503) are left as they are.
 */
export function graphqlOverHttpPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400) return;
          if (responseMediaType(request.http?.headers.get('accept')) === APPLICATION_JSON) response.http.status = 200;
        },
      };
    },
  };
}

/**
 * Mutations get `mutationTimeoutMs` instead of the deadline of reads: an import of a whole plan
 * is one transaction, and a write cut short leaves the caller unsure whether it happened.
 */
export function mutationDeadlinePlugin<C extends ScopedContext>(mutationTimeoutMs: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') contextValue.scope?.extendDeadline(mutationTimeoutMs);
        },
      };
    },
  };
}

/**
 * One log line, the metrics and the span name of each GraphQL operation: its name and type,
 * duration, the Cypher statements it ran, the codes of its errors. The span is the one the HTTP
 * layer opened around Apollo, so the statements' spans are its children.
 */
export function operationTelemetryPlugin(logger: Logger, metrics: Metrics | undefined): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const span = trace.getActiveSpan();
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          span?.updateName(operationName ? `${operation.operation} ${operationName}` : operation.operation);
          span?.setAttributes({ 'graphql.operation.type': operation.operation, ...(operationName ? { 'graphql.operation.name': operationName } : {}) });
        },
        async willSendResponse(requestContext) {
          const seconds = (performance.now() - started) / 1000;
          const request = contextValue.scope;
          const type = requestContext.operation?.operation ?? 'unknown';
          const name = requestContext.operation ? requestContext.operationName : null;
          const codes = errorCodes(requestContext);
          if (metrics) {
            const operation = requestContext.operation ? metrics.operationLabel(name) : '(invalid)';
            metrics.operationDuration.observe({ operation, type }, seconds);
            for (const code of codes) metrics.operationErrors.inc({ operation, code });
          }
          if (span && codes.length) {
            span.setAttribute('graphql.error_codes', codes);
            if (codes.some((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'DATABASE_UNAVAILABLE')) span.setStatus({ code: SpanStatusCode.ERROR });
          }
          logger.info('graphql', {
            requestId: request?.id,
            operation: name ?? requestContext.request.operationName ?? null,
            type,
            ms: Math.round(seconds * 1000),
            statements: request?.statements,
            statementMs: request ? Math.round(request.statementMs) : undefined,
            subject: contextValue.identity.subject,
            status: requestContext.response.http.status ?? 200,
            errors: codes.length ? codes : undefined,
          });
        },
      };
    },
  };
}

/** The codes of the errors as the client receives them (after formatError). */
function errorCodes(requestContext: GraphQLRequestContextWillSendResponse<GraphQLContext>): string[] {
  const body = requestContext.response.body;
  const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
  return (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}
