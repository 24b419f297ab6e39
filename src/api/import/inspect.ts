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
    mapping: remembered ?? guessMapping(target, names),
    mappingRemembered: remembered !== null,
    projectSrsId: project.meta.srsId,
  };
}
