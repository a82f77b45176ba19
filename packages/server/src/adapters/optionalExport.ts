import { errors } from '../http/errors.js';

/**
 * A function another package exports, looked up when first called: the server is built
 * while the engine and the hunt interpreter land, so a missing export fails the one
 * feature that needs it (503 with the reason) instead of the whole server.
 */
export async function optionalExport<F extends (...args: never[]) => unknown>(
  pkg: '@kunren/engine' | '@kunren/hunt',
  name: string,
): Promise<F> {
  const mod = (await import(pkg)) as Record<string, unknown>;
  return ((...args: never[]) => {
    const value = mod[name];
    if (typeof value !== 'function')
      throw errors.unavailable(
        `${pkg} does not export ${name}() in this build; update the checkout.`,
      );
    return (value as F)(...args);
  }) as F;
}

/** True when `pkg` exports a function `name` in this build. */
export async function hasExport(
  pkg: '@kunren/engine' | '@kunren/hunt',
  name: string,
): Promise<boolean> {
  const mod = (await import(pkg)) as Record<string, unknown>;
  return typeof mod[name] === 'function';
}
