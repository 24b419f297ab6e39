import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule of design.md §2: imports point down only. Each layer lists the layers it may
 * import; `typeOnly` layers may be imported with `import type` only.
 */
type Layer = 'domain' | 'geo' | 'store' | 'io' | 'api' | 'host' | 'electron' | 'renderer' | 'resources';
const ALLOWED: Record<Layer, { layers: Layer[]; typeOnly?: Layer[]; packages: 'node' | 'pure' | 'browser' }> = {
  domain: { layers: ['domain', 'geo'], packages: 'pure' },
  geo: { layers: ['geo', 'domain'], packages: 'pure' },
  store: { layers: ['store', 'domain', 'geo'], packages: 'node' },
  // io and host render core messages (and documents) through the catalogues in resources/i18n.
  io: { layers: ['io', 'domain', 'geo', 'resources'], packages: 'node' },
  api: { layers: ['api', 'store', 'io', 'domain', 'geo', 'resources'], packages: 'node' },
  host: { layers: ['host', 'api', 'domain', 'geo', 'resources'], packages: 'node' },
  // The launcher falls back to the browser host when the Electron binary is missing.
  electron: { layers: ['electron', 'api', 'host', 'domain'], packages: 'node' },
  renderer: { layers: ['renderer', 'domain', 'geo', 'resources'], typeOnly: ['api'], packages: 'browser' },
  resources: { layers: ['resources', 'domain', 'geo'], packages: 'pure' },
};
const NODE_ONLY = /^(node:|better-sqlite3$|electron$|fs$|path$|os$|child_process$)/;
const BROWSER_ONLY = /^(react|react-dom|leaflet|geojson-vt)(\/|$)/;

const ROOT = resolve(import.meta.dirname, '..');

function layerOf(file: string): Layer | null {
  const rel = relative(ROOT, file).split(/[\\/]/);
  if (rel[0] === 'src') return (rel[1] as Layer) ?? null;
  if (rel[0] === 'renderer' || rel[0] === 'electron' || rel[0] === 'resources') return rel[0];
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

export interface ImportRef { spec: string; typeOnly: boolean }

export function importsOf(code: string): ImportRef[] {
  const refs: ImportRef[] = [];
  const re = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of code.matchAll(re)) {
    if (m[4]) refs.push({ spec: m[4], typeOnly: false });
    else if (m[3]) refs.push({ spec: m[3], typeOnly: Boolean(m[2]) });
  }
  return refs;
}

export function violations(file: string, code: string): string[] {
  const from = layerOf(file);
  if (!from) return [];
  const rule = ALLOWED[from];
  const out: string[] = [];
  for (const { spec, typeOnly } of importsOf(code)) {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      const to = layerOf(target);
      if (!to || rule.layers.includes(to)) continue;
      // GeoPackage is a file format as much as our store: io writes exports with the same primitives.
      if (from === 'io' && relative(ROOT, target).split(/[\\/]/).slice(0, 3).join('/') === 'src/store/gpkg') continue;
      if (typeOnly && rule.typeOnly?.includes(to)) continue;
      out.push(`${relative(ROOT, file)} (${from}) imports ${spec} (${to})`);
    } else {
      if (spec === 'electron' && from !== 'electron') out.push(`${relative(ROOT, file)} imports electron`);
      if (rule.packages !== 'node' && NODE_ONLY.test(spec)) out.push(`${relative(ROOT, file)} (${from}) imports ${spec}`);
      if (rule.packages !== 'browser' && BROWSER_ONLY.test(spec)) out.push(`${relative(ROOT, file)} (${from}) imports ${spec}`);
    }
  }
  return out;
}

describe('the layering rule', () => {
  it('holds for every source file', () => {
    const files = ['src', 'renderer', 'electron', 'resources'].flatMap((d) => sourceFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => violations(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('flags a store importing the API, a renderer importing the store, and src importing electron', () => {
    expect(violations(join(ROOT, 'src/store/x.ts'), "import { openApi } from '../api/service';")).toHaveLength(1);
    expect(violations(join(ROOT, 'renderer/x.tsx'), "import { Project } from '../src/store/project';")).toHaveLength(1);
    expect(violations(join(ROOT, 'src/api/x.ts'), "import { app } from 'electron';")).toHaveLength(1);
    expect(violations(join(ROOT, 'src/geo/x.ts'), "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(violations(join(ROOT, 'renderer/x.tsx'), "import { contract } from '../src/api/contract';")).toHaveLength(1);
  });

  it('lets io use the GeoPackage primitives of the store but nothing else of it', () => {
    expect(violations(join(ROOT, 'src/io/x/y.ts'), "import { encodeGeometry } from '../../store/gpkg/geometry-blob';")).toEqual([]);
    expect(violations(join(ROOT, 'src/io/x/y.ts'), "import { Project } from '../../store/project';")).toHaveLength(1);
  });

  it('lets the renderer import API types only', () => {
    expect(violations(join(ROOT, 'renderer/x.tsx'), "import type { MethodName } from '../src/api/contract';")).toEqual([]);
  });
});
