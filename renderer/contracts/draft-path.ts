/**
 * Reading and writing one field of a draft by its dotted path (`rent.yuanPerMuYear`, `parcels.2.areaM2`),
 * the same paths the legal checks name in Finding.path, so a finding can point at the field that fixes it.
 */

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with the value at `path` replaced; the containers along the path are copied, the rest shared. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.');
  const node = root as unknown as Container;
  const child = rest.length === 0 ? value : setAt((node as Record<string, unknown>)[key!], rest.join('.'), value);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(key)] = child;
    return copy as unknown as T;
  }
  return { ...(node as Record<string, unknown>), [key!]: child } as T;
}

/**
 * The form element a finding's path points at: the field itself, else the nearest enclosing one
 * (`parcels.2.areaM2` falls back to `parcels.2`, then `parcels`), since some checks name a whole section.
 */
export function closestPath(path: string, present: ReadonlySet<string>): string | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (present.has(candidate)) return candidate;
  }
  return null;
}
