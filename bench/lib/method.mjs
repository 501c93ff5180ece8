/**
 * The method section of bench/results.md: what is timed, where the clock starts and stops, and
 * why, written beside the figures it explains.
 */
export const METHOD = ({ runs, warmups, browserVersion }) => `## Method

What every timing here has in common, and why:

- **Same rows for everyone.** Each library starts from the same array of row objects in the
  deprivation contract (\`lsoa_code\`, \`imd_rank\`, \`imd_decile\`, \`pupils\`, \`sen_support\`,
  \`ehc_plan\`), made by \`benchRows(n)\` in \`bench/pages/scatter.js\` (seeded, ranks spread over
  England's 32,844). Turning rows into x, y and radius is inside every timing: the peers map
  the rows themselves; the element takes them as its \`data\` and validates, applies disclosure
  control and lays out inside the timing too. Nothing is cached between runs.
- **Every point drawn.** No count in the rows is below the disclosure threshold (10), so the
  element suppresses nothing and draws what the peers draw. The "points drawn" column is each
  library's own count (the element's is the rows less the ticks on its strip for figures it
  cannot show); a count in bold is short of the rows given.
- **One boundary.** The clock starts just before the library is called and stops when the
  browser begins the frame after the one that shows the chart (two \`requestAnimationFrame\`s).
  The browser for these timings runs with its frame rate unlimited and its compositor's stages unpipelined
  (\`--disable-frame-rate-limit --disable-gpu-vsync --run-all-compositor-stages-before-draw\`):
  a frame begins only when the last one has been drawn, raster included, and no run waits for a
  vsync. So style, layout, paint and raster of the chart's frame are inside the timing, for SVG
  and canvas alike.
- **Pixel readback, reported apart.** Reading one pixel of every canvas after the boundary makes
  Chromium finish any canvas work still pending; its time is in its own column, not added in.
- **Each peer in its fastest documented set-up.** Chart.js as a bubble chart (its way to size
  points) with animation off, \`normalized\` data and fixed x bounds; ECharts with
  \`progressive: 0\` (everything in one frame) and animation off; Observable Plot and Vega-Lite
  (canvas renderer) as their documentation shows a sized scatter; Highcharts, when installed, as
  a bubble series with the boost module, which takes over above its default threshold.
- **Runs.** ${warmups} untimed warm-ups (module load, compilation), then ${runs} timed runs per
  library and size; the median is shown with the fastest and slowest run. Each run starts with
  the previous chart destroyed and a garbage collection, outside the timing.
- **Baseline.** "naive" is a bare canvas loop over the same rows (\`beginPath\`/\`arc\`/\`fill\`
  per point at alpha 0.6, the element's radii), measured in the same run; ratios divide by its
  median.
- **The 50-chart page** starts 50 charts of the same 1,000 rows one after another and
  stops the clock after the frame that shows them all (the same boundary). The page of the four
  kinds does the same with the demo data of each element.
- **Hover.** A \`pointermove\` is made with \`dispatchEvent\` on the element under a point (a
  pixel of the element's canvas that one point alone covers), so the clock starts when the
  page's own handlers are called: the browser's routing of real input (the compositor, and
  Chromium's alignment of continuous pointer events to animation frames) is not a library's
  to spend and is left out for every subject alike. The element's tooltip time is until its
  \`part="tooltip"\` element is shown with words other than before the move (the element keeps
  one tooltip, hidden while no point is active, and fills it in the pointer's own event), the
  live-region time until the \`role="status"\` region's text has changed (never, if not within
  500 ms); both clocks stop only after the element's \`updateComplete\` has settled, so an
  update the hover started is inside the time. The first hover is measured twice:
  with the pointer arriving as soon as the chart's frame has been drawn, before any idle time,
  and after a second of idle time. Later hovers are measured back to back and spaced 400 ms
  apart: the live region says at most one point per 300 ms (the last one reached), so a screen
  reader is not flooded when the pointer sweeps the chart; back to back, its time is mostly that
  wait, by design. The 2 ms target is judged on the tooltip of every hover and on the live
  region of the hovers it says at once (the first ones and the spaced ones). The tooltip counts
  as inside the plot when it is less than half a pixel past any edge.
- **Hover against a bare handler and Chart.js, same browser, same run.** The bare hover is the
  least a hover can do: a canvas of the same points and a \`pointermove\` handler that finds the
  nearest point and sets a tooltip's and a live region's text itself, no framework. What it
  takes beyond its few microseconds of script is the machine's and the browser's (a thread
  woken after a pause, a collection, another process on the core), so the element's times are
  read against it ("÷ bare"). Chart.js (the bubble chart of the render timings, animation off)
  is sent a \`mousemove\`, the event it listens for, and timed until its tooltip has been drawn
  for the new point (its \`afterTooltipDraw\` hook); it handles pointer events in the next
  animation frame by design, so that wait is in its time.
- **Hovers in a browser of their own, with ordinary frames.** A hover's clock stops at the DOM
  (the text is there; the tooltip's style, layout and paint are the next frame's), the same
  boundary for every hover, so hovers need no unlimited frame rate, and they must not have
  it: with \`--disable-frame-rate-limit\` the compositor produces frame after frame while nothing
  changes, which took both of the bench machine's cores while the page sat idle, so the page's
  main thread, woken by a pointer after a pause, waited for a core. Traced that way, a hover
  after 400 ms of quiet ran 1–2 ms of script on its thread and took 20–80 ms of wall time
  (median 45 ms in the last run timed so), where back-to-back hovers, the thread already
  running, took 1.5 ms. The render timings' browser is closed before the hovers are timed.
- **Machine.** ${browserVersion}, headless, software rendering, on the machine named at the top;
  the load average before and after the run and the share of CPU other processes took during it
  are printed below. Figures from a busy machine are provisional.

Timings are reported, never asserted: no test passes or fails on them.`;
