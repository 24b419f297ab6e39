import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { kml } from '@tmcw/togeojson';
import { DOMParser, type Document } from '@xmldom/xmldom';
import { EPSG_CGCS2000_GEOGRAPHIC } from '../../geo/cgcs2000';
import { readArchive } from '../archive';
import { applyAxisOrder, chooseCrs } from '../source-crs';
import { normaliseEncodingLabel } from '../shapefile/encoding';
import type { AttributeValue, EncodingGuess, ReadOptions, SourceLayer, SourceProblem } from '../source-layer';
import { inferFields } from '../field-inference';
import { kmlSchema, childText, placemarkAttributes } from './kml-attributes';
import { placemarkGeometry } from './kml-geometry';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The .kml inside a .kmz: doc.kml at the top as Google Earth writes it, else the first .kml. */
function kmlFromKmz(bytes: Uint8Array, file: string): { inner: string; bytes: Uint8Array } | string {
  let entries: Map<string, Uint8Array>;
  try {
    entries = readArchive(bytes, file);
  } catch (err) {
    return `KMZ 压缩包损坏：${(err as Error).message}`;
  }
  const names = [...entries.keys()];
  const inner = names.find((n) => n.toLowerCase() === 'doc.kml') ?? names.find((n) => n.toLowerCase().endsWith('.kml'));
  if (!inner) return `KMZ 中没有 .kml 文件（包含：${names.join('、') || '无文件'}）`;
  return { inner, bytes: entries.get(inner)! };
}

/** KML is UTF-8 unless the XML declaration names another encoding (some Chinese tools write GBK). */
function decodeXml(bytes: Uint8Array): { text: string; encoding: EncodingGuess } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF|ï»¿)?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1];
  const label = declared ? normaliseEncodingLabel(declared) : null;
  if (declared && label) return { text: new TextDecoder(label).decode(bytes), encoding: { label, how: 'format', detail: `XML 声明 encoding="${declared}"` } };
  const detail = declared ? `XML 声明的编码 ${declared} 无法识别，按 UTF-8 解码` : 'KML 默认 UTF-8';
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: { label: 'utf-8', how: 'format', detail } };
}

/**
 * Reads the Placemarks of a .kml or .kmz as polygons in CGCS2000 lon/lat. Records are placemark
 * index + 1 in document order; points and lines keep their place with `geometry: null` and a problem.
 */
export function readKml(bytes: Uint8Array, file: string, opts: ReadOptions = {}): SourceLayer {
  const problems: SourceProblem[] = [];
  const layer: SourceLayer = {
    file,
    name: basename(file, extname(file)),
    format: 'kml',
    fields: [],
    crs: { srsId: EPSG_CGCS2000_GEOGRAPHIC, how: 'kml', detail: 'KML 坐标规定为经纬度，视为 CGCS2000（EPSG:4490）', swapped: false },
    encoding: null,
    features: [],
    problems,
  };
  const fatal = (reason: string) => (problems.push({ file: layer.file, record: null, reason, fatal: true }), layer);

  let xml = bytes;
  if (isZip(bytes)) {
    const found = kmlFromKmz(bytes, file);
    if (typeof found === 'string') return fatal(found);
    layer.file = `${file}!/${found.inner}`;
    xml = found.bytes;
  }
  const { text, encoding } = decodeXml(xml);
  layer.encoding = encoding;
  let doc: Document;
  try {
    doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
  } catch (err) {
    return fatal(`不是有效的 XML（${(err as Error).message}）`);
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'kml') return fatal(`根元素是 <${root?.localName ?? ''}>，不是 KML（应为 <kml>）`);
  const container = root.getElementsByTagName('Document')[0];
  const docName = container ? childText(container, 'name') : '';
  if (docName) layer.name = docName;

  const schema = kmlSchema(root);
  const placemarks = Array.from(root.getElementsByTagName('Placemark'));
  // togeojson yields the Placemarks first and in this same order, one feature each.
  const geometries = kml(doc).features.slice(0, placemarks.length);
  const rows: Record<string, AttributeValue>[] = [];
  for (const [i, placemark] of placemarks.entries()) {
    const record = i + 1;
    const attrs = placemarkAttributes(placemark, schema);
    rows.push(attrs);
    const { geometry, problem } = placemarkGeometry(geometries[i]?.geometry ?? null);
    layer.features.push({ record, geometry, attrs });
    if (problem) {
      const name = childText(placemark, 'name');
      problems.push({ file: layer.file, record, reason: `第 ${record} 个地标${name ? `「${name}」` : ''}：${problem}`, fatal: false });
    }
  }
  if (placemarks.length === 0) problems.push({ file: layer.file, record: null, reason: 'KML 中没有地标（Placemark）', fatal: true });
  layer.fields = inferFields(rows);
  const swapped = applyAxisOrder(layer.features, opts);
  const chosen = chooseCrs(layer.crs, opts, layer.file);
  layer.crs = { ...chosen.crs, swapped };
  problems.unshift(...chosen.problems);
  return layer;
}

export async function readKmlFromPath(path: string, opts: ReadOptions = {}): Promise<SourceLayer> {
  return readKml(await readFile(path), path, opts);
}
