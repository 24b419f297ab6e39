/** CGCS2000 ellipsoid (GB/T 2000 datum): a and 1/f as published, b and e² derived. */
export const CGCS2000 = {
  a: 6378137,
  f: 1 / 298.257222101,
} as const;

export const CGCS2000_B = CGCS2000.a * (1 - CGCS2000.f);
export const CGCS2000_E2 = CGCS2000.f * (2 - CGCS2000.f);
export const CGCS2000_E = Math.sqrt(CGCS2000_E2);

export const EPSG_CGCS2000_GEOGRAPHIC = 4490;
