import { EPSG_CGCS2000_GEOGRAPHIC } from '../../geo/cgcs2000';
import type { AttributeValue, OutputLayer, RawGeometry, SourceField } from '../source-layer';

/**
 * KML 2.2 as Google Earth and QGIS read it: one Schema so field types survive (GDAL and our reader
 * type SimpleData by it), a translucent polygon style, Placemarks named by the parcel code.
 */

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const KML_TYPES: Record<SourceField['type'], string> = {
  string: 'string',
  integer: 'int',
  number: 'double',
  boolean: 'bool',
  date: 'string',
};

const formatValue = (v: Exclude<AttributeValue, null>) => (typeof v === 'boolean' ? (v ? '1' : '0') : String(v));

// String(number) is the shortest text that reads back as the same double: coordinates round-trip exactly.
const ringXml = (ring: number[][]) =>
  `<LinearRing><coordinates>${ring.map(([x, y]) => `${x},${y}`).join(' ')}</coordinates></LinearRing>`;

function polygonXml(rings: number[][][]): string {
  const [outer, ...holes] = rings;
  const inner = holes.map((r) => `<innerBoundaryIs>${ringXml(r)}</innerBoundaryIs>`).join('');
  return `<Polygon><outerBoundaryIs>${ringXml(outer!)}</outerBoundaryIs>${inner}</Polygon>`;
}

function geometryXml(g: RawGeometry): string {
  if (g.type === 'Polygon') return polygonXml(g.coordinates as number[][][]);
  if (g.type === 'MultiPolygon') return `<MultiGeometry>${(g.coordinates as number[][][][]).map(polygonXml).join('')}</MultiGeometry>`;
  throw new Error(`KML 只能写出面，遇到几何类型 ${g.type}`);
}

/** KML text for a lon/lat layer; throws for projected layers, since KML coordinates are always lon/lat. */
export function writeKml(layer: OutputLayer): string {
  if (layer.srsId !== EPSG_CGCS2000_GEOGRAPHIC && layer.srsId !== 4326) {
    throw new Error(`图层「${layer.name}」是 EPSG:${layer.srsId}，KML 只能写经纬度（EPSG:4490 或 4326），请先转换坐标`);
  }
  const schemaId = 'schema_' + layer.name.replace(/[^A-Za-z0-9_]/g, '_');
  const fields = layer.fields
    .map((f) => `<SimpleField name="${escapeXml(f.name)}" type="${KML_TYPES[f.type]}"></SimpleField>`)
    .join('');
  const placemarks = layer.features.map((f) => {
    const code = f.attrs.code;
    const name = code !== undefined && code !== null ? `<name>${escapeXml(formatValue(code))}</name>` : '';
    const data = layer.fields
      .flatMap(({ name: field }) => {
        const v = f.attrs[field];
        return v === undefined || v === null ? [] : [`<SimpleData name="${escapeXml(field)}">${escapeXml(formatValue(v))}</SimpleData>`];
      })
      .join('');
    return (
      `<Placemark>${name}<styleUrl>#parcel</styleUrl>` +
      `<ExtendedData><SchemaData schemaUrl="#${schemaId}">${data}</SchemaData></ExtendedData>` +
      `${geometryXml(f.geometry)}</Placemark>`
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    `<Document><name>${escapeXml(layer.name)}</name>`,
    '<Style id="parcel"><LineStyle><color>ff0000ff</color><width>2</width></LineStyle><PolyStyle><color>4000ffff</color></PolyStyle></Style>',
    `<Schema name="${escapeXml(layer.name)}" id="${schemaId}">${fields}</Schema>`,
    `<Folder><name>${escapeXml(layer.name)}</name>`,
    ...placemarks,
    '</Folder></Document></kml>',
    '',
  ].join('\n');
}
