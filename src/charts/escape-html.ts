/**
 * Escapes text for places where echarts renders HTML (tooltip formatters return raw HTML).
 * The same five characters as echarts.format.encodeHTML, kept here so option builders stay
 * free of the echarts runtime and testable in node.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * echarts labels are canvas rich text, not HTML, but `{name|...}` in a label is rich-text markup;
 * a data string must never style itself, so braces are replaced with full-width look-alikes.
 */
export function escapeRichText(text: string): string {
  return text.replace(/\{/g, '｛').replace(/\}/g, '｝');
}
