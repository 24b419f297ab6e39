import Flatbush from 'flatbush';
import type { AreaGeometry } from '../../domain/geometry';
import { bboxOf, toMulti, verticesOf, type BBox, type MultiCoords } from '../edit/planar-ops';
import { clipOrExplain, overlayOf, type Overlay } from './overlay';

/** One polygon of a constraint layer, such as a permanent-basic-farmland patch (永久基本农田图斑). */
export interface LayerFeature {
  id: string;
  geometry: AreaGeometry;
}

/** A layer with its boxes in a static R-tree, built once and overlaid with many parcels. */
export interface LayerIndex {
  features: readonly LayerFeature[];
  rings: readonly MultiCoords[];
  boxes: readonly BBox[];
  tree: Flatbush;
}

export function indexLayer(features: readonly LayerFeature[]): LayerIndex {
  const rings = features.map((f) => toMulti(f.geometry));
  const boxes = rings.map((m) => bboxOf(verticesOf(m)));
  // Flatbush refuses an empty tree; a placeholder slot (skipped by overlapWithLayer) keeps an empty layer searchable.
  const tree = new Flatbush(Math.max(1, boxes.length));
  for (const b of boxes) tree.add(b.minX, b.minY, b.maxX, b.maxY);
  if (boxes.length === 0) tree.add(0, 0, 0, 0);
  tree.finish();
  return { features, rings, boxes, tree };
}

/** The overlap of a geometry with a layer, in total and per feature met. */
export interface LayerOverlay extends Overlay {
  /** Features the geometry overlaps, with the area shared with each, in layer order. */
  byFeature: { id: string; areaM2: number }[];
}

/**
 * Where `geometry` overlaps the layer (ZJ-04 against permanent basic farmland). The total is the union of
 * the pieces, so features that overlap each other are not counted twice. Pass an index to overlay many
 * parcels with one large layer.
 */
export function overlapWithLayer(geometry: AreaGeometry, layer: LayerIndex | readonly LayerFeature[], srsId: number): LayerOverlay {
  const index = 'tree' in layer ? layer : indexLayer(layer);
  const subject = toMulti(geometry);
  const b = bboxOf(verticesOf(subject));
  const pieces: MultiCoords[] = [];
  const byFeature: { id: string; areaM2: number }[] = [];
  for (const i of [...index.tree.search(b.minX, b.minY, b.maxX, b.maxY)].sort((x, y) => x - y)) {
    if (i >= index.features.length) continue;
    const id = index.features[i]!.id;
    const shared = clipOrExplain('intersection', `与图层要素 ${id} `, subject, index.rings[i]!);
    const piece = overlayOf(shared, srsId);
    if (piece.areaM2 === 0) continue;
    pieces.push(shared);
    byFeature.push({ id, areaM2: piece.areaM2 });
  }
  if (pieces.length === 0) return { geometry: null, areaM2: 0, byFeature };
  const union = pieces.length === 1 ? pieces[0]! : clipOrExplain('union', '合并重叠部分', pieces[0]!, ...pieces.slice(1));
  return { ...overlayOf(union, srsId), byFeature };
}
