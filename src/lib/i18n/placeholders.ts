/**
 * `{name}` placeholders, filled the one way for UI strings, troubleshooter texts, the island and the
 * search page. No imports: the browser bundles load it too.
 */

/**
 * `template` with each `{name}` (or dotted `{screen.x}`) replaced by `values[name]`. A name without a value stays as written
 * and is passed to `onUnknown`, so callers that must know (the troubleshooter compiler) can report it.
 */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
  onUnknown: (name: string) => void = () => {},
): string {
  return template.replace(/\{([\w.]+)\}/g, (match, name: string) => {
    if (!Object.hasOwn(values, name)) {
      onUnknown(name);
      return match;
    }
    return String(values[name]);
  });
}
