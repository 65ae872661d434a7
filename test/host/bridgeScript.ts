/**
 * The script the test host serves as `__trellis/bridge.js`: the same
 * `window.trellis` the preload exposes in the app, carried over loopback HTTP
 * instead of IPC. Its file dialogs ask the host, which answers with the path
 * the test queued, as a person would pick one. Served from the host's own origin, so the
 * page's `script-src 'self'` allows it and nothing inline is needed.
 */
export const bridgeScript = `'use strict';
(() => {
  const endpoint = new URL('./__trellis/invoke', document.baseURI).href;
  const chooser = new URL('./__trellis/choose', document.baseURI).href;
  const switcher = new URL('./__trellis/databases', document.baseURI).href;
  function post(url, body) {
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  }
  async function invoke(operation, input) {
    const response = await post(endpoint, { operation, input: input === undefined ? null : input });
    if (!response.ok) {
      return { ok: false, error: { code: 'INTERNAL', message: 'The test host refused the request (HTTP ' + response.status + ').' } };
    }
    return response.json();
  }
  async function choose(kind, purpose) {
    const response = await post(chooser, { kind, purpose });
    return response.ok ? response.json() : null;
  }
  const chooseFile = (request) => choose('open', request && request.purpose);
  const chooseSaveLocation = () => choose('save');
  async function databases(request) {
    const response = await post(switcher, request);
    if (!response.ok) {
      return { ok: false, error: { code: 'INTERNAL', message: 'The test host refused the request (HTTP ' + response.status + ').' } };
    }
    return response.json();
  }
  // The browser has no File menu: its commands never come.
  const onCommand = () => () => {};
  Object.defineProperty(window, 'trellis', {
    value: Object.freeze({ invoke, chooseFile, chooseSaveLocation, databases, onCommand }),
    enumerable: true,
  });
})();
`;

/** Where the bridge script goes: before the renderer's module script, which runs after it anyway (modules are deferred). */
export function injectBridge(indexHtml: string): string {
  const moduleScript = indexHtml.search(/<script\b[^>]*\btype="module"/);
  if (moduleScript < 0) throw new Error('The built index.html has no module script; is this the Trellis renderer?');
  return `${indexHtml.slice(0, moduleScript)}<script src="./__trellis/bridge.js"></script>\n    ${indexHtml.slice(moduleScript)}`;
}
