const TWO_32 = 4_294_967_296;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Writes `value × scale` as a little-endian int64 at element `index` of `words` (two 32-bit
 * words per value), without a BigInt when the product is a safe integer. Throws when it does
 * not fit in 64 bits, as appending such a BIGINT or TIMESTAMP did.
 */
export function writeInt64(words: Int32Array, index: number, value: number, scale: number): void {
  const x = value * scale;
  if (Number.isSafeInteger(x)) {
    const hi = Math.floor(x / TWO_32);
    words[2 * index] = x - hi * TWO_32;
    words[2 * index + 1] = hi;
    return;
  }
  const big = BigInt(value) * BigInt(scale);
  if (big < INT64_MIN || big > INT64_MAX) {
    throw new RangeError(`${value} × ${scale} is out of the 64-bit integer range`);
  }
  words[2 * index] = Number(BigInt.asIntN(32, big));
  words[2 * index + 1] = Number(BigInt.asIntN(32, big >> 32n));
}
