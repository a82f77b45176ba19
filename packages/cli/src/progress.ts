/** A progress bar on stderr, drawn only when stderr is a terminal. */
export interface Progress {
  /** Sets the completed amount (0..total) and redraws at most every 100 ms. */
  update(done: number, detail?: string): void;
  /** Draws the final state and ends the line. */
  finish(detail?: string): void;
}

/**
 * Creates a progress bar labelled `label` for `total` units. On a non-terminal stderr
 * (piped, CI) it draws nothing, so piped output stays clean.
 */
export function createProgress(label: string, total: number, stream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, finish() {} };
  let last = 0;
  const draw = (done: number, detail = '') => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 30));
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const full = Math.round(ratio * width);
    const bar = '█'.repeat(full) + '░'.repeat(width - full);
    stream.write(`\r${label} ${bar} ${(ratio * 100).toFixed(0).padStart(3)}% ${detail}\x1b[K`);
  };
  return {
    update(done, detail) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw(done, detail);
    },
    finish(detail) {
      draw(total, detail);
      stream.write('\n');
    },
  };
}
