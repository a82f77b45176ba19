/**
 * An error the CLI reports as one clear line (no stack trace), with an exit code:
 * 1 for invalid input content, 2 for unusable arguments or unreadable files.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
