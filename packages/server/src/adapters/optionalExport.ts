/**
 * A function another package exports, looked up at run time: the server is built while
 * the engine and the hunt interpreter land, and says clearly which export is missing
 * instead of failing to compile. Throws with the fix when absent.
 */
export async function optionalExport<F>(
  pkg: '@kunren/engine' | '@kunren/hunt',
  name: string,
): Promise<F> {
  const mod = (await import(pkg)) as Record<string, unknown>;
  const value = mod[name];
  if (typeof value !== 'function')
    throw new Error(
      `${pkg} does not export ${name}() in this build; the server needs it (update the checkout).`,
    );
  return value as F;
}
