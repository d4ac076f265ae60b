/**
 * The refusals of the write path, each with the code a client sees. The domain knows nothing
 * of GraphQL or HTTP: the API maps these to GraphQL errors (extensions.code), the command line
 * prints them. Messages name what was refused and why, never a query or a database message.
 */
export type WriteErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT';

export class WriteError extends Error {
  constructor(
    readonly code: WriteErrorCode,
    message: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

/** A wrong argument: names it (dotted path for fields of inputs) and the reason. */
export function badInput(argumentName: string, reason: string, extensions: Record<string, unknown> = {}): WriteError {
  return new WriteError('BAD_USER_INPUT', `${argumentName}: ${reason}`, { argumentName, ...extensions });
}

export function notFound(what: string, id: string): WriteError {
  return new WriteError('NOT_FOUND', `${what} ${id} does not exist`, { id });
}

export function forbidden(reason: string, extensions: Record<string, unknown> = {}): WriteError {
  return new WriteError('FORBIDDEN', reason, extensions);
}

export function unauthenticated(reason: string): WriteError {
  return new WriteError('UNAUTHENTICATED', reason);
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): WriteError {
  return new WriteError('CONFLICT', message, extensions);
}

/** One problem of an uploaded file: where (file, path, line) and what is wrong. */
export interface FileIssue {
  readonly file: string;
  readonly path: string;
  readonly line: number | null;
  readonly message: string;
}

/** An upload refused for the problems it has, every one listed in `extensions.issues`. */
export function invalidFile(argumentName: string, issues: readonly FileIssue[]): WriteError {
  const shown = issues.slice(0, 5).map((i) => `${i.file}${i.line ? `:${i.line}` : ''}: ${i.path || '(file)'}: ${i.message}`);
  return badInput(argumentName, `the plan file is not valid: ${shown.join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`, { issues });
}
