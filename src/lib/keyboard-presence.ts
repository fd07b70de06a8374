// Whether the reader has a keyboard, for the hints that only make sense with one. Phones
// and tablets report no fine pointer, but may have a keyboard attached: the first key pressed
// outside a text field (on-screen keyboards type only into text fields) marks <html> with
// "keyboard", and the `keyboard` CSS variant (styles.css) shows the hints from then on.
const KEYBOARD_CLASS = 'keyboard';

const typesText = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function noteKeyPress(event: KeyboardEvent) {
  if (typesText(event.target)) return;
  document.documentElement.classList.add(KEYBOARD_CLASS);
}
