import { EPSG_CGCS2000_GEOGRAPHIC } from './cgcs2000';
import { gkCrs, srsName } from './crs';

const CGCS2000_GEOGCS =
  'GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]]';
const WGS84_GEOGCS =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';

/** OGC WKT 1 with EPSG authority codes, as GDAL writes into gpkg_spatial_ref_sys. */
export function ogcWkt(srsId: number): string {
  if (srsId === EPSG_CGCS2000_GEOGRAPHIC) return CGCS2000_GEOGCS;
  if (srsId === 4326) return WGS84_GEOGCS;
  const gk = gkCrs(srsId);
  if (!gk) throw new Error(`unsupported coordinate system EPSG:${srsId}`);
  const falseEasting = gk.prefixed ? gk.zone * 1e6 + 500000 : 500000;
  return (
    `PROJCS["${srsName(srsId)}",${CGCS2000_GEOGCS},PROJECTION["Transverse_Mercator"],` +
    `PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",${gk.centralMeridian}],PARAMETER["scale_factor",1],` +
    `PARAMETER["false_easting",${falseEasting}],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],` +
    `AUTHORITY["EPSG","${srsId}"]]`
  );
}
