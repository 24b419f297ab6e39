/**
 * What a tile blob is, read from its first bytes: MBTiles files often omit or misstate `format`
 * (the raster test file has none), and vector tiles may or may not be gzipped.
 */
export type TileFormat = 'png' | 'jpg' | 'webp' | 'pbf';

export const TILE_CONTENT_TYPE: Record<TileFormat, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  pbf: 'application/x-protobuf',
};

export const isGzip = (blob: Uint8Array) => blob.length >= 2 && blob[0] === 0x1f && blob[1] === 0x8b;

const startsWith = (blob: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => blob[at + i] === b);

/** The format of one tile; anything that is not a known image is taken as a (possibly gzipped) vector tile. */
export function sniffTileFormat(blob: Uint8Array): TileFormat {
  if (startsWith(blob, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(blob, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(blob, [0x52, 0x49, 0x46, 0x46]) && startsWith(blob, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return 'pbf';
}

/** The metadata `format` value as a TileFormat; `jpeg` and `mvt` are common spellings in the wild. */
export function parseFormat(value: string | undefined): TileFormat | null {
  switch (value?.trim().toLowerCase()) {
    case 'png':
      return 'png';
    case 'jpg':
    case 'jpeg':
      return 'jpg';
    case 'webp':
      return 'webp';
    case 'pbf':
    case 'mvt':
      return 'pbf';
    default:
      return null;
  }
}
