/** Properties that change only the shell, not the model or its view (`strings` rewords the model: it rebuilds). */
const SHELL = new Set<PropertyKey>([
  'headingLevel',
  'description',
  'source',
  'theme',
  'tableSort',
  'chartState',
  'loadingDelay',
]);

/** Properties that change what the view makes of the model (the table's caption; chart or table), not the model. */
const VIEW: readonly PropertyKey[] = ['heading', 'view'];

/** Properties the loader reads: a change reloads, and the model is built when the load settles. */
const LOADER = new Set<PropertyKey>(['data', 'src', 'preset']);

/**
 * What a chart's update must work out again, from the properties that changed: the model
 * (`build`), only its view (`view`: a chart's `viewProperties`, `heading`, `view`), or neither
 * (`none`: the shell's own properties, and the loader's, which rebuild when the load settles).
 *
 * @example updateKind(['measure'], ['orientation']) // 'build'
 * @example updateKind(['orientation', 'theme'], ['orientation']) // 'view'
 */
export function updateKind(
  changed: Iterable<PropertyKey>,
  viewProperties: readonly PropertyKey[],
): 'build' | 'view' | 'none' {
  const keys = [...changed].filter((k) => !SHELL.has(k) && !LOADER.has(k));
  if (keys.some((k) => !VIEW.includes(k) && !viewProperties.includes(k))) return 'build';
  return keys.length ? 'view' : 'none';
}
