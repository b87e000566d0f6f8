/** Everything in the panel a keyboard can stop on. */
const STOPS = 'button,textarea,input,select,a[href],[tabindex="0"]';

/**
 * Keeps Tab and Shift+Tab inside the open panel: from the last control back to the first, and
 * the other way round. Call it from the panel's keydown handler.
 */
export function trapFocus(e: KeyboardEvent, panel: HTMLElement, root: ShadowRoot) {
  if (e.key !== 'Tab') return;
  const stops = [...panel.querySelectorAll<HTMLElement>(STOPS)].filter(
    (el) => el.getClientRects().length > 0 && !(el as HTMLButtonElement).disabled,
  );
  const edge = e.shiftKey ? stops[0] : stops[stops.length - 1];
  const at = root.activeElement;
  if (at === edge || !stops.includes(at as HTMLElement)) {
    e.preventDefault();
    (e.shiftKey ? stops[stops.length - 1] : stops[0])?.focus();
  }
}
