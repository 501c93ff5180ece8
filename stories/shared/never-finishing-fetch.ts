/**
 * A story `beforeEach` for Loading stories: requests to `never-finishes://…` never answer (until
 * aborted), so the chart's loading message stays on screen; every other request goes through.
 * Returns the clean-up that puts the real `fetch` back.
 */
export function neverFinishingFetch(): () => void {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    String(input instanceof Request ? input.url : input).startsWith('never-finishes://')
      ? new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        )
      : original(input, init);
  return () => {
    window.fetch = original;
  };
}
