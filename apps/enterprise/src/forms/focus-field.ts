/**
 * Brings a form field into view and puts the cursor in it (its first input, select or checkbox), with a short
 * highlight. Fields are wrapped in `#field-<name>` by `MetaField`. Retries briefly while a step is still rendering.
 */
export function focusField(name: string, attempts = 10): void {
  const element = document.getElementById(`field-${name}`);
  if (!element) {
    if (attempts > 0) window.setTimeout(() => focusField(name, attempts - 1), 60);
    return;
  }
  element.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const input = element.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, [tabindex]:not([tabindex="-1"])');
  input?.focus({ preventScroll: true });
  element.classList.remove('field-highlight');
  void element.offsetWidth;
  element.classList.add('field-highlight');
  window.setTimeout(() => element.classList.remove('field-highlight'), 1600);
}
