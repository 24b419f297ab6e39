import type { Json, Rng } from './schema-sampler';

/**
 * Ways a payload goes wrong on the way in: wrong types, impossible dates, huge and fractional numbers,
 * missing and unknown keys, prototype keys, oversized strings and nesting, a payload that is not an object.
 * Each takes a valid payload and returns the JSON text a caller would send.
 */

type Path = (string | number)[];

function leaves(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  if (path.length > 0) out.push(path);
  return out;
}

function setAt(root: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

const WRONG: Json[] = ['1', 1, -1, 0, null, true, [], {}, '', 'null'];
const DATES = ['2024-13-45', '2023-02-29', '2024-04-31', '0000-00-00', '2024-1-1', '99999-01-01', '2024-02-30T00:00:00Z'];
const NUMBERS = [1e308, -1e308, 2 ** 53 + 2, -(2 ** 53) - 2, 1e21, -1, 0, 0.5, 1.5, -0.000001, 4294967297];

export interface Mutated {
  kind: string;
  text: string;
}

export function mutate(rng: Rng, valid: Json): Mutated {
  const paths = leaves(valid);
  const path = paths.length > 0 ? rng.pick(paths) : null;
  const text = (kind: string, value: Json | undefined) => ({ kind, text: JSON.stringify(path ? setAt(valid, path, value) : valid) });
  switch (rng.int(0, 10)) {
    case 0:
      return path ? text('drop a key', undefined) : { kind: 'not an object', text: '[]' };
    case 1:
      return text('wrong type', rng.pick(WRONG));
    case 2:
      return text('impossible date', rng.pick(DATES));
    case 3:
      return text('huge or fractional number', rng.pick(NUMBERS));
    case 4: {
      // An own "__proto__" key, as JSON.parse makes from a request body.
      const body = JSON.stringify(valid);
      const inner = body.startsWith('{') && body.length > 2 ? `{"__proto__":{"polluted":true,"id":1},${body.slice(1)}` : '{"__proto__":{"polluted":true}}';
      return { kind: '__proto__ key', text: inner };
    }
    case 5:
      return text('unknown key', { constructor: { prototype: { polluted: true } }, extra: 1 } as Json);
    case 6:
      return text('oversized string', 'x'.repeat(rng.pick([300, 5_000, 200_000])));
    case 7: {
      let deep: Json = 1;
      for (let i = 0; i < 500; i++) deep = [deep];
      return text('deep nesting', deep);
    }
    case 8:
      return { kind: 'not an object', text: rng.pick(['null', '"text"', '42', '[{}]', 'true']) };
    case 9:
      return text('empty string', '');
    default:
      return text('negative or zero id', rng.pick([0, -1, 2 ** 31, 999_999_999]));
  }
}
