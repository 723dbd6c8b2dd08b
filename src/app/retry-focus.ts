import { useEffect } from 'react';
import { focusMain } from './focus-main';

/**
 * Focus after a data retry. The retry button goes while the files load, and the focus with it;
 * once they have settled, focus goes to the retry button of the panel that is there again, or
 * to the dashboard's content. A flag of this module, not of a component: a retry of datasets.json
 * settles in another component (the dataset's view), which mounts only once that file is in.
 */
let retrying = false;

export function markRetry(): void {
  retrying = true;
}

/** `settled`: the page shows the outcome; `failed`: an error panel is (again) among it. */
export function useFocusAfterRetry(settled: boolean, failed: boolean): void {
  useEffect(() => {
    if (!retrying || !settled) return;
    retrying = false;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    if (failed) document.querySelector<HTMLElement>('.error-panel button')?.focus();
    else focusMain();
  });
}
