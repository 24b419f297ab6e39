import { guessMapping, layoutSignature, type ImportTarget } from '../../domain/field-mapping';
import { readSource } from '../../io/read-source';
import type { ReadOptions } from '../../io/source-layer';
import { rememberedMapping } from '../../store/import-writer';
import type { Project } from '../../store/project';
import type { Inspection } from '../methods/import';

const SAMPLES = 3;
const PROBLEMS_SHOWN = 200;

/** Reads a source once to show what it holds and propose a field mapping before anything is written. */
export async function inspectSource(project: Project, path: string, options: ReadOptions, target: ImportTarget = 'parcels'): Promise<Inspection> {
  const { layers, layer } = await readSource(path, options);
  const fields = layer.fields.map((f) => {
    const samples: string[] = [];
    for (const feat of layer.features) {
      const v = feat.attrs[f.name];
      if (v !== null && v !== undefined && v !== '') samples.push(String(v));
      if (samples.length >= SAMPLES) break;
    }
    return { name: f.name, type: f.type, samples };
  });
  const names = layer.fields.map((f) => f.name);
  const remembered = rememberedMapping(project, layoutSignature(target, names));
  const guessed = guessMapping(target, names);
  const areaField = guessed.fields.registeredArea;
  if (areaField && !/m2|平方米|mu|亩/i.test(areaField)) guessed.registeredAreaUnit = areaUnitFromValues(layer.features.map((f) => f.attrs[areaField]));
  return {
    file: layer.file,
    format: layer.format,
    layers,
    layer: layer.name,
    featureCount: layer.features.length,
    fields,
    crs: layer.crs,
    encoding: layer.encoding,
    problems: layer.problems.slice(0, PROBLEMS_SHOWN),
    problemCount: layer.problems.length,
    fatal: layer.problems.some((p) => p.fatal),
    target,
    mapping: remembered ?? guessed,
    mappingRemembered: remembered !== null,
    projectSrsId: project.meta.srsId,
  };
}

/**
 * When a field's name does not say its unit (HTMJ, or `registered` cut from either registered_area_mu or
 * registered_area_m2), the values do: a contracted parcel is a few 亩 but hundreds or thousands of m².
 */
function areaUnitFromValues(values: readonly unknown[]): 'mu' | 'm2' {
  const numbers = values.map(Number).filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  if (numbers.length === 0) return 'mu';
  return numbers[Math.floor(numbers.length / 2)]! > 100 ? 'm2' : 'mu';
}
