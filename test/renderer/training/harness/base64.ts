/** The harness keeps its sample images as base64 text; the app itself only ever sees bytes. */
export const decodeBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), c => c.charCodeAt(0));
