import type { Plugin } from 'vite';

/**
 * The production policy: everything from our own origin, no network at all, nothing inline.
 * `frame-ancestors` is left out because a <meta> CSP cannot carry it (Chromium logs an error).
 */
export const CSP_BUILD = [
  "default-src 'self'",
  // WebAssembly compilation only (the secret audit's kernel), not eval: docs/decisions/009.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The dev server needs inline styles and the React refresh preamble, and a websocket for HMR. */
export const CSP_DEV = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Prepends the CSP <meta> so it governs everything after it, Vite's own injected tags included. */
export function cspPlugin(): Plugin {
  return {
    name: 'jwt-inspector:csp',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: ctx.server ? CSP_DEV : CSP_BUILD },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
