import { rmSync } from 'node:fs';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { layerFeatures } from '../../src/store/layers-repo';
import { parcelsInView } from '../../src/store/parcels-repo';
import { toLonLatConverter } from '../../src/geo/crs';
import type { LonLatBBox } from '../../src/domain/geometry';
import { countyData } from './synthetic-county';
import { report } from './report';

/** Writes a 100k-parcel project, then times opening it and listing the parcels in a 1 km view. */
export function storeBench(file: string, n = 100_000): void {
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  const t0 = performance.now();
  const created = Project.create(file, { name: 'bench', srsId: 4527, synthetic: true }, 'bench');
  writeProjectData(created, countyData(n), 'bench');
  created.close();
  const written = performance.now() - t0;

  const t1 = performance.now();
  const project = Project.open(file, 'bench');
  const opened = performance.now() - t1;
  const toLonLat = toLonLatConverter(4527);
  const [w, s] = toLonLat([39395000, 3855000]);
  const [e, nn] = toLonLat([39396000, 3856000]);
  const view: LonLatBBox = [w, s, e, nn];
  const t2 = performance.now();
  const listed = parcelsInView(project, view, 5000);
  const listing = performance.now() - t2;
  const t3 = performance.now();
  const features = layerFeatures(project, 'parcels', view);
  const featuresMs = performance.now() - t3;
  const t4 = performance.now();
  const all = layerFeatures(project, 'parcels');
  const allMs = performance.now() - t4;
  project.close();
  report('store', [
    ['write 100k parcels (areas, R-tree, one transaction)', `${(written / 1000).toFixed(1)} s`],
    ['open project', `${opened.toFixed(1)} ms`],
    [`list parcels in a 1 km² view (${listed.total})`, `${listing.toFixed(1)} ms`],
    [`view features as lon/lat GeoJSON (${features.features.length})`, `${featuresMs.toFixed(1)} ms`],
    [`whole layer as lon/lat GeoJSON (${all.features.length})`, `${(allMs / 1000).toFixed(2)} s`],
  ]);
}
