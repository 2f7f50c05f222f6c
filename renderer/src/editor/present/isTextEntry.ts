/** Whether a key event's target takes typed text (then presentation keys leave it alone). */
export function isTextEntry(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el?.closest) return false;
  if (el.closest('textarea, select, [contenteditable="true"]')) return true;
  const input = el.closest('input');
  return input !== null && !['checkbox', 'radio', 'button', 'submit', 'range'].includes(input.type);
}
