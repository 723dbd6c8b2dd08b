import { describe, expect, it } from 'vitest';
import { createTextMeasurer, fontSizeOf, isGlyphlessControl } from '../../src/charts/measure-text';

const FONT = 'bold 13px "Noto Sans CJK JP", sans-serif';

/** A stand-in 2D context that records what it was asked, and answers 7px a character. */
function recordingContext() {
  const asked: { text: string; font: string }[] = [];
  const context = {
    font: '',
    measureText(text: string) {
      asked.push({ text, font: context.font });
      return { width: 7 * text.length } as TextMetrics;
    },
  };
  return { context, asked };
}

describe('isGlyphlessControl', () => {
  it('is true for one C0 control other than whitespace, or DEL', () => {
    for (const code of [0x00, 0x01, 0x08, 0x0e, 0x1f, 0x7f])
      expect(isGlyphlessControl(String.fromCharCode(code))).toBe(true);
  });
  it('is false for whitespace, printable text, and longer strings', () => {
    for (const text of ['\t', '\n', '\v', '\f', '\r', ' ', 'a', '~', '国', '', '\u0000a'])
      expect(isGlyphlessControl(text)).toBe(false);
  });
});

describe('fontSizeOf', () => {
  it('reads the px size of a font shorthand, as zrender does', () => {
    expect(fontSizeOf(FONT)).toBe(13);
    expect(fontSizeOf('italic 20.5px serif')).toBe(20.5);
    expect(fontSizeOf('.5px serif')).toBe(0.5);
    expect(fontSizeOf('sans-serif')).toBe(12);
  });
});

describe('createTextMeasurer', () => {
  it('answers a control character with one em and never asks the canvas', () => {
    const { context, asked } = recordingContext();
    let made = 0;
    const measure = createTextMeasurer(() => {
      made++;
      return context;
    });
    expect(measure('\u0000', FONT).width).toBe(13);
    expect(measure('\u007f').width).toBe(12); // zrender's default font, 12px
    expect(asked).toEqual([]);
    expect(made).toBe(0);
  });

  it('measures everything else with one canvas, setting the font only when it changes', () => {
    const { context, asked } = recordingContext();
    let made = 0;
    const measure = createTextMeasurer(() => {
      made++;
      return context;
    });
    expect(measure('保健福祉部', FONT).width).toBe(35);
    expect(measure('\t', FONT).width).toBe(7);
    expect(measure('a').width).toBe(7);
    expect(asked).toEqual([
      { text: '保健福祉部', font: FONT },
      { text: '\t', font: FONT },
      { text: 'a', font: '12px sans-serif' },
    ]);
    expect(made).toBe(1);
  });

  it('estimates one em a character when there is no 2D canvas', () => {
    let made = 0;
    const measure = createTextMeasurer(() => {
      made++;
      return null;
    });
    expect(measure('abc', FONT).width).toBe(39);
    expect(measure('a').width).toBe(12);
    expect(made).toBe(1);
  });
});
