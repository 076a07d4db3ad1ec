// The plates to print, as SVG strings: each courtyard's facts and a QR code of its public page's absolute URL.
import type { PlateRow } from '../../data/types';
import { plateSvg, type PlateContent } from '../../lib/plate-svg';
import { publicCardUrl } from '../../lib/public-url';
import { qrSvg } from '../../lib/qr-svg';

export interface BuiltPlate {
  row: PlateRow;
  svg: string;
}

export async function buildPlates(rows: PlateRow[], labels: (row: PlateRow) => PlateContent['labels']): Promise<BuiltPlate[]> {
  return Promise.all(
    rows.map(async (row) => ({
      row,
      svg: plateSvg({
        code: row.code,
        name: row.name,
        address: row.address,
        stars: row.stars,
        risk: row.risk_level,
        qrSvg: await qrSvg(publicCardUrl(row.token, location.origin, import.meta.env.BASE_URL)),
        labels: labels(row),
      }),
    })),
  );
}

/** Saves one plate as an .svg file named by the courtyard's code. */
export function downloadSvg(svg: string, code: string) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${code}.svg`;
  a.click();
  // After the click has handed the file to the browser's download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
