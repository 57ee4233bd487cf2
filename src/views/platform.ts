/** "⌘" on Apple keyboards, "Ctrl" elsewhere: shortcut hints should match the keys people see. */
export function modKeyLabel(): string {
  const platform = typeof navigator === 'undefined' ? '' : navigator.platform || navigator.userAgent;
  return /Mac|iPhone|iPad/.test(platform) ? '⌘' : 'Ctrl';
}
