/** A line (or record) an importer could not turn into an event, and why. */
export interface RejectedLine {
  readonly file: string;
  /** 1-based line where the record starts. */
  readonly line: number;
  readonly reason: string;
}

/** Thrown by record mappers: the record is rejected with this reason, the import goes on. */
export class RecordRejected extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RecordRejected';
  }
}
