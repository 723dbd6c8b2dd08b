/**
 * A chart as a picture that says where it came from: title, caption, the chart at twice the
 * screen resolution, the source and the view's link printed under it (and kept in the PNG's
 * metadata).
 */
import { CHART_FONT_FAMILY } from '../charts/option-parts';
import { addPngTextChunk } from './png-text-chunk';

export interface ChartPictureInput {
  /** echarts' own rendering, from getDataURL({ pixelRatio }). */
  readonly chartImageUrl: string;
  readonly title: string;
  readonly caption: string;
  readonly source: string;
  readonly url: string;
  /** The colour key the page shows above its charts (one for all): the picture has no page. */
  readonly legend: readonly { readonly label: string; readonly color: string }[];
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

/**
 * Two characters a line may not break between: inside a word or a number, before a closing
 * mark or a small kana, after an opening mark. Breaking by character had cut "6,241,83 / 8千円"
 * and begun lines with "）".
 */
const NO_BREAK =
  /[\w.,%¥/:?=&#+'’-]{2}|.[)）」』】、。，．・ーっゃゅょッャュョ,.:;!?%]|[(（「『【]./su;

/**
 * Greedy line filling, broken at the last place allowed; where none is (a link), after its last
 * & ? / or comma, else by character.
 */
export function wrapLines(width: (text: string) => number, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    line += ch;
    if (line.length < 2 || width(line) <= max) continue;
    // Indices count UTF-16 units: never cut between the two halves of an emoji or a 𠮷.
    const last = line.length - ch.length;
    let cut = last;
    while (
      cut > 0 &&
      (NO_BREAK.test(line.slice(cut - 1, cut + 1)) || (line.charCodeAt(cut) & 0xfc00) === 0xdc00)
    )
      cut--;
    if (cut === 0) {
      // A link has no place a word may break: after its last & ? / or comma, rather than
      // inside a word (it printed "…&lang=e" and "n" on the next line), but not inside "://".
      const after = Math.max(
        ...['&', '?', '/', ','].map((mark) => line.lastIndexOf(mark, last - 1)),
      );
      const scheme = line.indexOf('://');
      cut = after > 0 && (scheme < 0 || after > scheme + 2) ? after + 1 : last;
    }
    lines.push(line.slice(0, cut).trimEnd());
    line = line.slice(cut).trimStart();
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A link as a reader reads it: 「?q=人材」, not ?q=%E4%BA%BA%E6%9D%90. Only letters are decoded:
 * spaces (a search's full-width one too), '%', the characters that structure a link, and
 * invisible or control characters stay encoded, so the printed link is one piece of text that
 * means what the encoded one does. The PNG's metadata keeps the encoded link.
 */
export function readableUrl(url: string): string {
  return url.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    let text: string;
    try {
      text = decodeURIComponent(run);
    } catch {
      return run;
    }
    return text.replace(/[\s\u3000%&=?#+/;:@,$\p{C}]/gu, (c) => encodeURIComponent(c));
  });
}

/** The colour key's items in rows no wider than `max`: [x, row] for each, and the row count. */
export function legendRows(
  widths: readonly number[],
  max: number,
  gap: number,
): [number, number][] {
  const places: [number, number][] = [];
  let x = 0;
  let row = 0;
  for (const w of widths) {
    if (x > 0 && x + w > max) {
      x = 0;
      row++;
    }
    places.push([x, row]);
    x += w + gap;
  }
  return places;
}

export async function renderChartPicture(input: ChartPictureInput): Promise<Blob> {
  const chart = await loadImage(input.chartImageUrl);
  const r = input.pixelRatio;
  const margin = 24 * r;
  const width = chart.width + margin * 2;
  // The charts' own font stack, so that the title and caption match the chart's labels
  // (system-ui first had drawn them in another font).
  const font = (size: number, weight = 400) => `${weight} ${size * r}px ${CHART_FONT_FAMILY}`;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  const lines = (text: string, size: number, weight?: number, max = chart.width) => {
    measure.font = font(size, weight);
    return wrapLines((t) => measure.measureText(t).width, text, max);
  };
  // The title wraps too: a phone's chart is narrow, and it ran off the picture's edge.
  const titleLines = lines(input.title, 20, 700);
  const captionLines = lines(input.caption, 15);
  const footLines = [...lines(input.source, 12), ...lines(readableUrl(input.url), 12)];
  // The key: a swatch and a name per category, in rows; a name wider than the picture wraps
  // (an English category on a phone's chart ran off its edge).
  const swatch = 12 * r;
  const indent = swatch + 6 * r;
  const keyLines = input.legend.map((item) => lines(item.label, 13, 400, chart.width - indent));
  const places = legendRows(
    keyLines.map((l) => indent + Math.max(0, ...l.map((line) => measure.measureText(line).width))),
    chart.width,
    16 * r,
  );
  // Each row as tall as its tallest item, in lines of 20 px.
  const rowLines: number[] = [];
  places.forEach(([, row], i) => {
    rowLines[row] = Math.max(rowLines[row] ?? 0, keyLines[i]?.length ?? 1);
  });
  const rowTops = rowLines.map((_, row) => rowLines.slice(0, row).reduce((a, b) => a + b, 0));
  const keyHeight = rowLines.reduce((a, b) => a + b, 0) * 20 * r;
  const height =
    margin +
    titleLines.length * 26 * r +
    captionLines.length * 22 * r +
    keyHeight +
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
  for (const line of titleLines) {
    ctx.fillText(line, margin, y);
    y += 26 * r;
  }
  ctx.font = font(15);
  for (const line of captionLines) {
    ctx.fillText(line, margin, y);
    y += 22 * r;
  }
  y += 6 * r;
  ctx.font = font(13);
  input.legend.forEach((item, i) => {
    const [x, row] = places[i] ?? [0, 0];
    const top = y + (rowTops[row] ?? 0) * 20 * r;
    ctx.fillStyle = item.color;
    ctx.fillRect(margin + x, top + 2 * r, swatch, swatch);
    ctx.fillStyle = input.ink;
    (keyLines[i] ?? []).forEach((line, n) => {
      ctx.fillText(line, margin + x + indent, top + n * 20 * r);
    });
  });
  y += keyHeight + 6 * r;
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
