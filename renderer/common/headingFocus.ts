/**
 * After navigation, focus should land on the new view's h1 so screen
 * readers announce where the user is. The h1 often appears only after data
 * has loaded, so the router leaves a note and the heading picks it up.
 */
let pending = false;

export function requestHeadingFocus(): void {
  pending = true;
}

export function takeHeadingFocusRequest(): boolean {
  const requested = pending;
  pending = false;
  return requested;
}
