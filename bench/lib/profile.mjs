/**
 * Reading what Chromium records, for the bench's one-question tools (trace-render, profile-scatter,
 * profile-many): the kind of work a trace event is, and a CPU profile's self and total time by
 * function.
 */

/** Trace event names by the kind of main-thread work they are, first match wins. */
const KIND = [
  [
    /^(v8\.callFunction|FunctionCall|EvaluateScript|v8\.run|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|V8\.Execute)$/,
    'script',
  ],
  [/GC|Scavenge|MarkCompact|MinorMS/, 'gc'],
  [/^(UpdateLayoutTree|Document::recalcStyle|Document::updateStyle|ParseAuthorStyleSheet|Blink\.Style)/, 'style'],
  [/^(Layout|LocalFrameView::layout|InlineNode)/, 'layout'],
  [/^(PrePaint|Paint|LocalFrameView::RunPaint|Layerize|Commit|LayerTreeHost|Canvas)/, 'paint'],
  [/Compile|Parse/, 'compile'],
];

/** The kind of work a trace event named `name` is ('script', 'gc', 'style', 'layout', 'paint', 'compile'), or undefined. */
export const kindOf = (name) => KIND.find(([re]) => re.test(name))?.[1];

/**
 * A CPU profile's (`Profiler.stop`) sampled ms by function ("name file:line"): `self` in the
 * function itself, `total` with what it called (a function counted once per sample, however deep
 * it recurses).
 */
export function profileTimes(profile) {
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++)
    dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + profile.timeDeltas[i] / 1000);
  const key = (nd) =>
    `${nd.callFrame.functionName || '(anon)'} ${nd.callFrame.url.split('/').pop()}:${nd.callFrame.lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  const parent = new Map();
  for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
  for (const nd of profile.nodes) {
    const t = dt.get(nd.id) ?? 0;
    if (!t) continue;
    self.set(key(nd), (self.get(key(nd)) ?? 0) + t);
    const seen = new Set();
    for (let id = nd.id; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + t);
    }
  }
  return { self, total };
}
