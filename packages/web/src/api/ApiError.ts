/** An error from the server (its stable id, message and fix) or from the network. */
export class ApiError extends Error {
  /** Stable id: the server's (`auth.bad-credentials`, `hunt.syntax`, …) or `network.failed`. */
  readonly id: string;
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  /** How to fix it, when the server says. */
  readonly fix: string | undefined;

  constructor(id: string, status: number, message: string, fix?: string) {
    super(message);
    this.name = 'ApiError';
    this.id = id;
    this.status = status;
    this.fix = fix;
  }
}
