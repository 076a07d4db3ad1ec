// A QR code as an SVG document, for plates and the card's preview. Error correction M survives a scuffed plate;
// a two-module quiet zone is enough because the plate around it is plain.
import { toString as qrToString } from 'qrcode';

export const qrSvg = (text: string) => qrToString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#14263c', light: '#ffffff' } });
