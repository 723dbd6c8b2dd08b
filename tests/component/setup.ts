import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no <dialog> modality and no layout observers; give them minimal stand-ins so
// components run. What these tests check is wiring and text, not layout.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// The virtualised table measures its scroller (offsetHeight, or clientHeight in later versions
// of @tanstack/virtual-core); jsdom reports 0 for every box. Give the scroller a viewport so
// rows render, as a real browser would.
for (const property of ['clientHeight', 'offsetHeight'] as const) {
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.testid === 'program-table-scroll' ? 2000 : 0;
    },
  });
}

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
