/** Who may talk to the browser shell: loopback origins only, and only with the session token. */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_PARAM } from '../contract/wireProtocol';

/** 32 random bytes, URL-safe: the secret printed in the shell's URL. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** The exact origins the shell serves from: the page's own, as typed or as localhost. */
export const allowedOrigins = (port: number): string[] => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

/** Cookie name per port: cookies are shared across ports of one host, tokens are not. */
export const tokenCookie = (port: number): string => `convas_token_${port}`;

function sameSecret(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** The token from the query (`?token=`) or, for the page's later requests, from its cookie. */
export function hasToken(req: IncomingMessage, url: URL, token: string, port: number): boolean {
  return sameSecret(url.searchParams.get(TOKEN_PARAM), token) || sameSecret(cookieValue(req, tokenCookie(port)), token);
}

/**
 * The Host header must name the loopback address we serve: a page on another site that rebinds
 * its DNS name to 127.0.0.1 still sends its own name here and is refused.
 */
export const hostAllowed = (req: IncomingMessage, port: number): boolean =>
  [`127.0.0.1:${port}`, `localhost:${port}`].includes(req.headers.host ?? '');

/** The WebSocket's Origin must be exactly one of ours (browsers always send it on upgrades). */
export const originAllowed = (req: IncomingMessage, port: number): boolean =>
  allowedOrigins(port).includes(req.headers.origin ?? '');

/**
 * @example contentSecurityPolicy(5173) // "default-src 'self'; script-src 'self'; …; connect-src 'self' ws://127.0.0.1:5173 ws://localhost:5173; …"
 */
export function contentSecurityPolicy(port: number): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers on every response of the shell. */
export function securityHeaders(port: number): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(port),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // The token is in the page URL: never send it on in a Referer header.
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
