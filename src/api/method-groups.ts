type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Joins method groups (the contract's schemas, or the handlers bound to a project) into one table. A name
 * defined by two groups throws at start-up: with object spread the later group would silently replace the
 * earlier method, and a caller would reach a handler it did not mean to.
 */
export function mergeGroups<G extends readonly object[]>(...groups: G): UnionToIntersection<G[number]> {
  const merged: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, value] of Object.entries(group)) {
      if (Object.hasOwn(merged, name)) throw new Error(`API method "${name}" is defined twice`);
      merged[name] = value;
    }
  }
  return merged as UnionToIntersection<G[number]>;
}
