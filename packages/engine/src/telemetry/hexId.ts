/** A number as Windows prints ids in event data: lower-case hex with `0x` (`0x1a2c`). */
export function hexId(n: number): string {
  return '0x' + n.toString(16);
}
