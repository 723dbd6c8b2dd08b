/**
 * Finding where to click on an echarts canvas without reaching into echarts: screenshot the
 * chart, decode the PNG here (node:zlib only), find the pixel of a given fill colour that lies
 * deepest inside a solid patch of it (so away from label text and borders), and click there.
 */
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes per pixel, rows top to bottom. */
  readonly data: Uint8Array;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Decodes the PNGs Chromium writes: 8-bit RGB or RGBA, not interlaced. */
export function decodePng(png: Buffer): DecodedImage {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const bitDepth = body[8];
      const colorType = body[9];
      const interlace = body[12];
      if (bitDepth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0)
        throw new Error(
          `unsupported PNG: bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`,
        );
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  if (width === 0 || height === 0) throw new Error('PNG without IHDR');

  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let i = 0; i < stride; i++) {
      const value = raw[src + i] ?? 0;
      const left = i >= channels ? (rows[dst + i - channels] ?? 0) : 0;
      const up = y > 0 ? (rows[dst - stride + i] ?? 0) : 0;
      const upLeft = y > 0 && i >= channels ? (rows[dst - stride + i - channels] ?? 0) : 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4:
          predicted = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`unknown PNG filter ${filter} on row ${y}`);
      }
      rows[dst + i] = (value + predicted) & 0xff;
    }
  }

  if (channels === 4) return { width, height, data: rows };
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    data[p * 4] = rows[p * 3] ?? 0;
    data[p * 4 + 1] = rows[p * 3 + 1] ?? 0;
    data[p * 4 + 2] = rows[p * 3 + 2] ?? 0;
    data[p * 4 + 3] = 255;
  }
  return { width, height, data };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

export interface ColorSpot {
  readonly x: number;
  readonly y: number;
  /** Pixels of the same colour in each of the four directions (the smallest of them). */
  readonly depth: number;
  /** How many pixels of the image have the colour. */
  readonly pixels: number;
}

function parseHex(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [
    Number.parseInt(match[1] ?? '', 16),
    Number.parseInt(match[2] ?? '', 16),
    Number.parseInt(match[3] ?? '', 16),
  ];
}

/** Which pixels are opaque and of `hex` (± `tolerance` per channel), and how many. */
function colorMask(
  image: DecodedImage,
  hex: string,
  tolerance: number,
): { match: Uint8Array; pixels: number } {
  const [r, g, b] = parseHex(hex);
  const { data } = image;
  const n = image.width * image.height;
  const match = new Uint8Array(n);
  let pixels = 0;
  for (let p = 0; p < n; p++) {
    if (
      Math.abs((data[p * 4] ?? 0) - r) <= tolerance &&
      Math.abs((data[p * 4 + 1] ?? 0) - g) <= tolerance &&
      Math.abs((data[p * 4 + 2] ?? 0) - b) <= tolerance &&
      (data[p * 4 + 3] ?? 0) === 255
    ) {
      match[p] = 1;
      pixels++;
    }
  }
  return { match, pixels };
}

/**
 * The pixel of `hex` (± `tolerance` per channel) farthest from any other colour along rows and
 * columns: the middle of the largest solid patch, never on text, borders or antialiased edges.
 */
export function findColorSpot(image: DecodedImage, hex: string, tolerance = 3): ColorSpot | null {
  const { width, height } = image;
  const n = width * height;
  const { match, pixels } = colorMask(image, hex, tolerance);
  if (pixels === 0) return null;
  // Runs of matching pixels ending at each pixel, from each of the four sides.
  const left = new Uint32Array(n);
  const right = new Uint32Array(n);
  const up = new Uint32Array(n);
  const down = new Uint32Array(n);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      if (!match[p]) continue;
      left[p] = (x > 0 ? (left[p - 1] ?? 0) : 0) + 1;
      up[p] = (y > 0 ? (up[p - width] ?? 0) : 0) + 1;
    }
  }
  for (let y = height - 1; y >= 0; y--) {
    for (let x = width - 1; x >= 0; x--) {
      const p = y * width + x;
      if (!match[p]) continue;
      right[p] = (x < width - 1 ? (right[p + 1] ?? 0) : 0) + 1;
      down[p] = (y < height - 1 ? (down[p + width] ?? 0) : 0) + 1;
    }
  }
  let best: ColorSpot | null = null;
  for (let p = 0; p < n; p++) {
    if (!match[p]) continue;
    const depth = Math.min(left[p] ?? 0, right[p] ?? 0, up[p] ?? 0, down[p] ?? 0);
    if (!best || depth > best.depth)
      best = { x: p % width, y: Math.floor(p / width), depth, pixels };
  }
  return best;
}

/** The bounding box of the pixels of `hex` (± `tolerance` per channel), or null if none. */
export function colorBounds(
  image: DecodedImage,
  hex: string,
  tolerance = 3,
): { left: number; top: number; right: number; bottom: number } | null {
  const { match } = colorMask(image, hex, tolerance);
  let box: { left: number; top: number; right: number; bottom: number } | null = null;
  for (let p = 0; p < match.length; p++) {
    if (!match[p]) continue;
    const x = p % image.width;
    const y = Math.floor(p / image.width);
    if (!box) box = { left: x, top: y, right: x, bottom: y };
    else {
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.bottom = y;
    }
  }
  return box;
}

export interface ChartClick extends ColorSpot {
  /** Page coordinates that were clicked. */
  readonly pageX: number;
  readonly pageY: number;
}

/**
 * Waits until the chart with `data-testid=testId` shows a patch of `hex` at least `minDepth`
 * pixels deep, and returns where it is in the chart element. echarts draws after the canvas
 * appears, so the screenshot is retried for a while.
 */
export async function findChartColor(
  page: Page,
  testId: string,
  hex: string,
  { minDepth = 4, timeout = 10_000 } = {},
): Promise<ColorSpot> {
  const chart = page.getByTestId(testId);
  await chart.locator('canvas').first().waitFor();
  await chart.scrollIntoViewIfNeeded();
  const deadline = Date.now() + timeout;
  for (;;) {
    // Keep the pointer off the chart: hover emphasis and tooltips change what is drawn.
    await page.mouse.move(0, 0);
    const image = decodePng(await chart.screenshot({ scale: 'css', animations: 'disabled' }));
    const spot = findColorSpot(image, hex);
    if (spot && spot.depth >= minDepth) return spot;
    if (Date.now() > deadline)
      throw new Error(
        `no patch of ${hex} at least ${minDepth}px deep in ${testId} ` +
          `(${image.width}×${image.height}; best: ${JSON.stringify(spot)})`,
      );
    await page.waitForTimeout(100);
  }
}

/** Clicks the chart in the middle of its largest patch of `hex`. */
export async function clickChartColor(
  page: Page,
  testId: string,
  hex: string,
  options: { minDepth?: number; timeout?: number } = {},
): Promise<ChartClick> {
  const spot = await findChartColor(page, testId, hex, options);
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not visible`);
  const pageX = box.x + spot.x + 0.5;
  const pageY = box.y + spot.y + 0.5;
  await page.mouse.click(pageX, pageY);
  return { ...spot, pageX, pageY };
}

/** The five category colours (src/charts/category-colors.ts, in category order). */
export const CATEGORY_COLORS = {
  citizen: '#0072B2',
  local: '#D55E00',
  business: '#009E73',
  municipal: '#CC79A7',
  administration: '#56B4E9',
} as const;
