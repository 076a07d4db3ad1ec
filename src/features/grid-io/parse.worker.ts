// The import worker: reads a grid file (GeoJSON, KML, zipped shapefile), guesses the field mapping and the
// coordinate system, then maps and converts on request. Keeps the parsed file between the two steps.
import { bboxOf } from '../../lib/coords';
import { detectCrs, refuseCoordinates } from '../../lib/crs-detect';
import { GridFileError, parseGridFile, type RawGridFile } from '../../lib/grid-file';
import { candidatesToFeatureCollection, guessMapping, propertyKeys, toCandidates } from '../../lib/grid-mapping';
import type { FromWorker, ToWorker } from './parse-protocol';

let file: RawGridFile | null = null;
const post = (m: FromWorker) => postMessage(m);

async function handle(m: ToWorker) {
  if (m.type === 'parse') {
    post({ type: 'progress', stage: 'parse', done: 0, total: 1 });
    file = await parseGridFile(m.data, m.name);
    const keys = propertyKeys(file.features);
    const sample = file.features.slice(0, 50).flatMap((f) => Object.values(f.properties).map(String));
    post({
      type: 'parsed',
      file: {
        name: m.name,
        format: file.format,
        count: file.features.length,
        keys,
        mapping: guessMapping(keys),
        crs: detectCrs({ fileName: m.name, prj: file.prj, format: file.format, bbox: null, hints: [...keys, ...sample] }),
        refusal: refuseCoordinates(bboxOf(file.features.map((f) => f.geometry))),
      },
    });
  } else if (file) {
    const total = file.features.length;
    const { candidates, issues } = toCandidates(file.features, m.mapping, m.crs, (done) =>
      post({ type: 'progress', stage: 'convert', done, total }),
    );
    post({ type: 'mapped', set: candidatesToFeatureCollection(candidates), issues });
  }
}

onmessage = (e: MessageEvent<ToWorker>) => {
  handle(e.data).catch((err: unknown) =>
    post({ type: 'error', key: err instanceof GridFileError ? err.key : 'unreadable' }),
  );
};
