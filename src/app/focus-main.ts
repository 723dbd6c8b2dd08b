/**
 * Focus for when the control that had it is gone (a dismissed notice, the last chip, a closed
 * dialog that nothing opened): the content, so the next Tab starts there rather than at
 * the page's top. Without scrolling: on a phone, focusing `main` scrolled the page by 150-180 px,
 * taking the header out of view, for a move the reader did not ask for.
 */
export function focusMain(): void {
  document.getElementById('main')?.focus({ preventScroll: true });
}
