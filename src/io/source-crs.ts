import { isSupportedSrs, SUPPORTED_SRS_IDS } from '../geo/crs';
import { looksSwapped, samplePositions, swapAxes } from './axis-order';
import type { CrsGuess, ReadOptions, SourceFeature, SourceProblem } from './source-layer';

/**
 * The two read options every geometry reader honours the same way: a CRS forced by the user, and
 * X/Y swapping (forced, forbidden or detected).
 */

export type FoundCrs = Omit<CrsGuess, 'swapped'>;

const supportedList = () => SUPPORTED_SRS_IDS.map((n) => `EPSG:${n}`).join('、');

/**
 * The user's CRS when given (keeping what the file said for the report), else the file's own.
 * A missing or unsupported CRS is fatal: guessing would put the parcels in the wrong place.
 */
export function chooseCrs(found: FoundCrs, opts: ReadOptions, file: string): { crs: FoundCrs; problems: SourceProblem[] } {
  if (opts.srsId !== undefined) {
    const crs: FoundCrs = { srsId: opts.srsId, how: 'given', detail: `用户指定 EPSG:${opts.srsId}（文件中：${found.detail}）` };
    if (isSupportedSrs(opts.srsId)) return { crs, problems: [] };
    const reason = `指定的坐标系 EPSG:${opts.srsId} 不受支持（支持 ${supportedList()}）`;
    return { crs: { ...crs, srsId: null }, problems: [{ file, record: null, reason, fatal: true }] };
  }
  if (found.srsId !== null && isSupportedSrs(found.srsId)) return { crs: found, problems: [] };
  const reason = `${found.detail}：无法确定支持的坐标系（支持 ${supportedList()}），请指定坐标系后重新导入`;
  return { crs: { ...found, srsId: null }, problems: [{ file, record: null, reason, fatal: true }] };
}

/** Swaps (northing, easting) into (easting, northing) in place when asked or detected; true when it did. */
export function applyAxisOrder(features: SourceFeature[], opts: ReadOptions): boolean {
  const swap =
    opts.swapXY ??
    looksSwapped(features.slice(0, 50).flatMap((f) => (f.geometry ? samplePositions(f.geometry.coordinates, 8) : [])));
  if (swap) for (const f of features) if (f.geometry) f.geometry = { ...f.geometry, coordinates: swapAxes(f.geometry.coordinates) };
  return swap;
}
