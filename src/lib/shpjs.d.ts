// shpjs ships no types; only the object form is used (see grid-file.ts).
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  interface ShapefileParts {
    shp: Uint8Array;
    dbf?: Uint8Array;
    cpg?: string;
    prj?: string;
  }
  export default function getShapefile(parts: ShapefileParts): Promise<FeatureCollection | FeatureCollection[]>;
}
