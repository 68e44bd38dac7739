/** index.html of the web export: a drop zone, a preview of the fitted image and the predictions. */
import { TFJS_SCRIPTS } from './tfjsScripts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, ch => `&#${ch.charCodeAt(0)};`);

const STYLE = `body{font:15px system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem;color:#0f172a}
#drop{border:2px dashed #94a3b8;border-radius:12px;padding:1.5rem;text-align:center}#drop.over{background:#e0f2fe}
#preview{width:112px;image-rendering:pixelated;border:1px solid #cbd5e1;margin-top:1rem}
ol{list-style:none;padding:0}li{display:grid;grid-template-columns:10rem 6rem 1fr;gap:.5rem;align-items:center;margin:.2rem 0}
.bar{height:.8rem;background:#6e8bff;border-radius:4px}.value{text-align:right;font-variant-numeric:tabular-nums}`;

/**
 * @example pageHtml('lenet', [28, 28, 1]) // '<!doctype html>…' (width × height in the text, as image sizes are said)
 */
export function pageHtml(projectName: string, inputShape: number[]): string {
  const name = escapeHtml(projectName);
  const scripts = [...TFJS_SCRIPTS.map(s => s.file), 'model.js', 'predict.js']
    .map(f => `<script src="${f}"></script>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} — Convas model</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${name}</h1>
<p>Runs entirely in this page (TensorFlow.js, no network). Images are fitted to ${inputShape[1]} × ${inputShape[0]} pixels, ${inputShape[2] === 1 ? 'grey' : 'colour'}.</p>
<div id="drop">
<p>Drop an image here, or</p>
<input id="file" type="file" accept="image/*" aria-label="Choose an image">
<div><canvas id="preview" aria-label="The image as the model sees it"></canvas></div>
</div>
<p id="status" role="status">Loading the model…</p>
<ol id="results" aria-label="Predictions"></ol>
${scripts}
</body>
</html>
`;
}
