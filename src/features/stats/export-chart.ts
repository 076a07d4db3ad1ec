// 导出 PNG / 导出 CSV. A chart's picture is its own SVG drawn onto a canvas (at twice its size, for print), with
// the title and the series key painted above it: Recharts draws its legend in HTML, which an SVG image lacks.
import { toCsv, type Cell } from '../../lib/csv';
import type { ChartTheme } from './chart-theme';

export interface LegendEntry {
  name: string;
  colour: string;
}

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The click starts the download synchronously; the object URL can go once the event has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(fileName: string, header: readonly string[], rows: readonly (readonly Cell[])[]) {
  downloadBlob(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
}

const HEADER = 44;
const SCALE = 2;

export async function downloadChartPng(container: HTMLElement, fileName: string, title: string, legend: readonly LegendEntry[], theme: ChartTheme) {
  const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!svg) return;
  const { width, height } = svg.getBoundingClientRect();
  const font = getComputedStyle(container).fontFamily;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.style.fontFamily = font;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await image.decode();

  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil((height + HEADER) * SCALE);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height + HEADER);
  ctx.fillStyle = theme.ink;
  ctx.font = `bold 15px ${font}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(title, 8, 14);
  ctx.font = `12px ${font}`;
  let x = 8;
  for (const entry of legend) {
    ctx.fillStyle = entry.colour;
    ctx.fillRect(x, 30, 10, 10);
    ctx.fillStyle = theme.ink;
    ctx.fillText(entry.name, x + 14, 35);
    x += 24 + ctx.measureText(entry.name).width;
  }
  ctx.drawImage(image, 0, HEADER, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) downloadBlob(blob, `${fileName}.png`);
}
