import { EPSG_CGCS2000_GEOGRAPHIC } from '../../geo/cgcs2000';
import { isSupportedSrs } from '../../geo/crs';
import type { OutputLayer } from '../source-layer';

/**
 * GeoJSON text, one feature per line. Lon/lat layers are plain RFC 7946; projected ones carry the
 * named crs member GDAL writes, so QGIS and ogr2ogr place them. JSON.stringify prints the shortest
 * text that reads back as the same double, so coordinates round-trip exactly.
 */
export function writeGeoJson(layer: OutputLayer): string {
  if (!isSupportedSrs(layer.srsId)) throw new Error(`图层「${layer.name}」的坐标系 EPSG:${layer.srsId} 不受支持，无法写出 GeoJSON`);
  const lonLat = layer.srsId === EPSG_CGCS2000_GEOGRAPHIC || layer.srsId === 4326;
  const head = {
    type: 'FeatureCollection',
    name: layer.name,
    ...(lonLat ? {} : { crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${layer.srsId}` } } }),
  };
  const features = layer.features.map((f) => {
    const properties = Object.fromEntries(layer.fields.map(({ name }) => [name, f.attrs[name] ?? null]));
    return JSON.stringify({ type: 'Feature', properties, geometry: f.geometry });
  });
  return `${JSON.stringify(head).slice(0, -1)},"features":[\n${features.join(',\n')}\n]}\n`;
}
