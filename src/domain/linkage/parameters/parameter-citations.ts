import { required, type CitedValue, type ResolvedParameters } from './linkage-parameters';

/**
 * Collects the parameter entries a calculation used, so the proposal can print each figure with its
 * value, effective date and source. Reading a parameter that has no entry in force is an error.
 */
export class ParameterCitations {
  private readonly used = new Map<string, CitedValue<unknown>>();

  constructor(private readonly params: ResolvedParameters) {}

  /** The value of a resolved parameter, recorded as used. */
  value<V>(cited: CitedValue<V> | null, what: string): V {
    const entry = required(cited, what, this.params);
    this.used.set(entry.path, entry);
    return entry.value;
  }

  /** The entries used so far, in parameter-path order. */
  list(): CitedValue<unknown>[] {
    return [...this.used.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}
