/**
 * Text normalisation rules for the source table. Each returns the cleaned text; the ingest
 * compares input and output to record a note whenever a rule changed something.
 */

const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
};
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
};

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function mapChars(text: string, table: Record<string, string>): string | null {
  let out = '';
  for (const ch of text) {
    const mapped = table[ch];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}

/**
 * Turns the bits of HTML the source carries into plain text: `CO <sub>2</sub>` becomes `CO₂`
 * (the space before the tag is an artefact of the export, not of the name), other tags are
 * dropped and character references decoded. The result is text and is always rendered as text.
 */
export function htmlToPlainText(input: string): string {
  const scripted = input.replace(
    /\s*<(sub|sup)>\s*([^<]*?)\s*<\/\1>/gi,
    (whole: string, tag: string, inner: string) => {
      const mapped = mapChars(inner, tag.toLowerCase() === 'sub' ? SUBSCRIPT : SUPERSCRIPT);
      return mapped ?? whole.replace(/<\/?(?:sub|sup)>/gi, '');
    },
  );
  let untagged = scripted.replace(/<br\s*\/?>/gi, ' ');
  // Repeat until stable: removing `<b>` from `<<b>sub>` would otherwise leave a new `<sub>`.
  for (let previous = ''; previous !== untagged; ) {
    previous = untagged;
    untagged = untagged.replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  }
  return untagged.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole: string, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X'
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Japanese unit names never contain spaces; the source has stray ones
 * (`デジタルみやぎ 推進課`), so all whitespace, half- or full-width, is removed.
 */
export function normalizeUnitName(input: string): string {
  return input.replace(/[\s\u3000]+/g, '');
}

/** Separators the source uses between several units in one cell. */
const UNIT_SEPARATOR = /[・／/]/;

/**
 * Splits a cell naming several units (`警察本部・企画部`, `経済商工観光部／企画部`) into its parts,
 * but only when every part is itself a unit seen on its own; otherwise names that merely contain
 * a separator (`復興・危機管理部`, `子ども・家庭支援課`) would be torn apart.
 */
export function splitUnitList(name: string, standaloneUnits: ReadonlySet<string>): string[] {
  const parts = name.split(UNIT_SEPARATOR).filter((part) => part.length > 0);
  if (parts.length > 1 && parts.every((part) => standaloneUnits.has(part))) return parts;
  return [name];
}
