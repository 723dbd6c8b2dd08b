/**
 * Text measuring for echarts (its platform API's `measureText`), the same as zrender's own
 * except for one case that is slow on Linux.
 *
 * For a font's label widths, zrender measures every ASCII code from 0 to 127 once. No font
 * has a glyph for a C0 control character (or DEL), so for each of those Chromium searched the
 * system's fonts: measured in this app, 36–126 ms of measureText per page load. zrender gives
 * up on these tables once one has taken over 16 ms, and then estimates every ASCII character
 * as wide as an "a" for all later fonts (bold, the presenter's sizes), which misjudged where
 * English labels are cut. The labels never draw these characters. Chromium measures each as
 * one em wide (the missing-glyph box), which is what this returns without asking; the tables
 * then take a few ms, and every font gets its own. All other text is measured by a canvas, as
 * zrender does. (Side by side, the charts' first draw did not get measurably sooner.)
 */

/** The fallback font zrender uses when a label names none. */
const DEFAULT_FONT = '12px sans-serif';

/** A single C0 control character other than the whitespace ones (tab to CR), or DEL. */
export function isGlyphlessControl(text: string): boolean {
  if (text.length !== 1) return false;
  const code = text.charCodeAt(0);
  return code < 0x09 || (code > 0x0d && code < 0x20) || code === 0x7f;
}

/** The size in px of a CSS font shorthand ("bold 13px …"), as zrender reads it; 12 if none. */
export function fontSizeOf(font: string): number {
  const size = /(\d+(?:\.\d+)?|\.\d+)px/.exec(font);
  return size ? Number(size[1]) : 12;
}

export interface TextMetricsLike {
  readonly width: number;
}

/** A measureText for echarts' setPlatformAPI; the canvas context is made on first use. */
export function createTextMeasurer(
  makeContext: () => Pick<CanvasRenderingContext2D, 'font' | 'measureText'> | null,
): (text: string, font?: string) => TextMetricsLike {
  let context: ReturnType<typeof makeContext> | undefined;
  let contextFont = '';
  return (text, font) => {
    const wanted = font || DEFAULT_FONT;
    if (isGlyphlessControl(text)) return { width: fontSizeOf(wanted) };
    if (context === undefined) context = makeContext(); // once, even when it gives none
    // No 2D canvas at all: every character one em, as zrender estimates a monospace font.
    if (!context) return { width: fontSizeOf(wanted) * text.length };
    if (contextFont !== wanted) {
      context.font = wanted;
      contextFont = wanted;
    }
    return context.measureText(text);
  };
}
