/** An error the API reports: a stable id clients translate, an HTTP status, and the fix. */
export class ApiError extends Error {
  constructor(
    readonly id: string,
    readonly status: number,
    message: string,
    readonly fix?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
