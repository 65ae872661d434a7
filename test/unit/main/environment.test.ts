/** When the window may load the renderer from the Vite dev server. */
import { describe, expect, it } from 'vitest';
import { developmentServerUrl } from '../../../electron/main/environment';

const devServer = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };

describe('the development server address', () => {
  it('is used only when running from source', () => {
    expect(developmentServerUrl(false, devServer)?.href).toBe('http://localhost:5173/');
    expect(developmentServerUrl(false, {})).toBeNull();
  });

  it('is ignored by a packaged app, whatever the environment says', () => {
    expect(developmentServerUrl(true, devServer)).toBeNull();
    expect(developmentServerUrl(true, { ELECTRON_RENDERER_URL: 'https://evil.example/' })).toBeNull();
  });

  it('must be http on this computer', () => {
    expect(() => developmentServerUrl(false, { ELECTRON_RENDERER_URL: 'https://evil.example/' })).toThrow(/localhost/);
    expect(() => developmentServerUrl(false, { ELECTRON_RENDERER_URL: 'http://192.168.1.20:5173/' })).toThrow(
      /localhost/,
    );
    expect(() => developmentServerUrl(false, { ELECTRON_RENDERER_URL: 'not a url' })).toThrow(/not a URL/);
  });
});
