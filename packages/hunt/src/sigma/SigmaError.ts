/** Where something is in a rule file: 1-based line and column, 0-based character offset. */
export interface SourcePosition {
  /** The file the text came from, when it came from a file. */
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** The position of a rule's first character, for errors without a better place. */
export const startOfText: SourcePosition = { line: 1, column: 1, offset: 0 };

/**
 * A problem found while loading or compiling a Sigma rule: a stable id (`sigma.<what>`),
 * the message naming the problem, where it is, and how to fix it.
 */
export interface SigmaError {
  readonly id: string;
  readonly message: string;
  readonly position: SourcePosition;
  readonly fix: string;
}

/** Builds a {@link SigmaError}. */
export function sigmaError(
  id: string,
  message: string,
  position: SourcePosition,
  fix: string,
): SigmaError {
  return { id, message, position, fix };
}

/** Renders an error the way the CLI prints it: `file:line:col: message (id); fix`. */
export function formatSigmaError(error: SigmaError): string {
  const where = `${error.position.file ?? '<rule>'}:${error.position.line}:${error.position.column}`;
  return `${where}: ${error.message} [${error.id}]${error.fix ? ` — ${error.fix}` : ''}`;
}
