/**
 * The one timing boundary of every bench page: resolves when the browser begins the frame after
 * the next one (two animation frames), so the next frame, the one that shows what was drawn, has
 * been produced. The bench's browser runs with its frame rate unlimited and with the compositor's
 * stages unpipelined (`--disable-frame-rate-limit --disable-gpu-vsync
 * --run-all-compositor-stages-before-draw`): a frame begins as soon as the last one is drawn,
 * raster included, and no run waits for a vsync.
 */
export const presented = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
