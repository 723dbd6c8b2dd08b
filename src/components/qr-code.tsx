import { useMemo } from 'react';
import { encode } from 'uqr';

/**
 * A QR code drawn as SVG rectangles from the encoded matrix (no HTML strings involved).
 * Rows are merged into runs to keep the DOM small.
 */
export function QrCode({
  text,
  size = 200,
  label,
}: {
  text: string;
  size?: number;
  label: string;
}) {
  const { runs, dimension } = useMemo(() => {
    const { data } = encode(text, { ecc: 'M', border: 2 });
    const found: { x: number; y: number; w: number }[] = [];
    data.forEach((row, y) => {
      let start = -1;
      row.forEach((dark, x) => {
        if (dark && start < 0) start = x;
        if ((!dark || x === row.length - 1) && start >= 0) {
          const end = dark ? x + 1 : x;
          found.push({ x: start, y, w: end - start });
          start = -1;
        }
      });
    });
    return { runs: found, dimension: data.length };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${dimension} ${dimension}`}
      shapeRendering="crispEdges"
    >
      <rect width={dimension} height={dimension} fill="#ffffff" />
      {runs.map((r) => (
        <rect key={`${r.x},${r.y}`} x={r.x} y={r.y} width={r.w} height={1} fill="#000000" />
      ))}
    </svg>
  );
}
