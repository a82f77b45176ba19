/** Reads a Windows number written as decimal or `0x` hex (`"0x1a4"` → 420), or undefined. */
export function parseWinNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  let n: number;
  if (/^0x[0-9a-f]+$/i.test(v)) n = parseInt(v.slice(2), 16);
  else if (/^\d+$/.test(v)) n = Number(v);
  else return undefined;
  return Number.isSafeInteger(n) ? n : undefined;
}
