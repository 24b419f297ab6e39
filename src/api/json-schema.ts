import { z } from 'zod';
import { contract, methodNames } from './contract';

/** Each method's input as JSON Schema, for `landlink call --list` and external callers. */
export function methodInputSchemas(): Record<string, unknown> {
  return Object.fromEntries(methodNames.map((m) => [m, z.toJSONSchema(contract[m].input, { io: 'input', unrepresentable: 'any' })]));
}
