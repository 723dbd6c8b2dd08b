/**
 * A chart as a picture that says where it came from: title, caption, the chart at twice the
 * screen resolution, the source and the view's link printed under it (and kept in the PNG's
 * metadata).
 */
import { addPngTextChunk } from './png-text-chunk';

export interface ChartPictureInput {
  /** echarts' own rendering, from getDataURL({ pixelRatio }). */
  readonly chartImageUrl: string;
  readonly title: string;
  readonly caption: string;
  readonly source: string;
  readonly url: string;
  readonly ink: string;
  readonly paper: string;
  readonly pixelRatio: number;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart image could not be read'));
    image.src = src;
  });
}

/** Greedy line breaking that works for Japanese (no spaces) and English alike. */
function wrapLines(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > maxWidth && line) {
      const lastSpace = line.lastIndexOf(' ');
      if (lastSpace > line.length * 0.6) {
        lines.push(line.slice(0, lastSpace));
        line = line.slice(lastSpace + 1) + ch;
      } else {
        lines.push(line);
        line = ch;
      }
    } else {
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderChartPicture(input: ChartPictureInput): Promise<Blob> {
  const chart = await loadImage(input.chartImageUrl);
  const r = input.pixelRatio;
  const margin = 24 * r;
  const width = chart.width + margin * 2;
  const font = (size: number, weight = 400) =>
    `${weight} ${size * r}px system-ui, 'Noto Sans CJK JP', 'Hiragino Sans', Meiryo, sans-serif`;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  measure.font = font(15);
  const captionLines = wrapLines(measure, input.caption, chart.width);
  measure.font = font(12);
  const footLines = [
    ...wrapLines(measure, input.source, chart.width),
    ...wrapLines(measure, input.url, chart.width),
  ];
  const height =
    margin +
    26 * r +
    captionLines.length * 22 * r +
    12 * r +
    chart.height +
    12 * r +
    footLines.length * 18 * r +
    margin;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.ceil(height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = input.paper;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = input.ink;
  ctx.textBaseline = 'top';
  let y = margin;
  ctx.font = font(20, 700);
  ctx.fillText(input.title, margin, y);
  y += 26 * r;
  ctx.font = font(15);
  for (const line of captionLines) {
    ctx.fillText(line, margin, y);
    y += 22 * r;
  }
  y += 12 * r;
  ctx.drawImage(chart, margin, y);
  y += chart.height + 12 * r;
  ctx.font = font(12);
  for (const line of footLines) {
    ctx.fillText(line, margin, y);
    y += 18 * r;
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the picture could not be encoded');
  const bytes = addPngTextChunk(new Uint8Array(await blob.arrayBuffer()), 'Source-URL', input.url);
  return new Blob([bytes], { type: 'image/png' });
}
