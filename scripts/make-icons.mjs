// Draws the app icon (two overlapping figures, a mentor and a young person, on a calm blue rounded
// square) as SVG, rasterises it with the installed Chromium and writes resources/icon.png (512),
// icon-256.png, icon.ico (16–256) and icon.icns. Run: node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import png2icons from 'png2icons';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'resources');

// A figure: a head and shoulders whose top is a half circle; the body runs off the square's bottom edge.
function figure(x, headY, headR, shoulderY, halfWidth, attrs) {
  const body = `M ${x - halfWidth} 1100 V ${shoulderY + halfWidth} A ${halfWidth} ${halfWidth} 0 0 1 ${x + halfWidth} ${shoulderY + halfWidth} V 1100 Z`;
  return `<g ${attrs}><circle cx="${x}" cy="${headY}" r="${headR}"/><path d="${body}"/></g>`;
}

export const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#4a8cc4"/>
      <stop offset="1" stop-color="#2a6396"/>
    </linearGradient>
    <clipPath id="square"><rect x="64" y="64" width="896" height="896" rx="200"/></clipPath>
    <!-- A gap cut out of the mentor around the young person, so the overlap reads without an outline. -->
    <mask id="gap">
      <rect width="1024" height="1024" fill="#fff"/>
      ${figure(640, 500, 96, 640, 165, 'fill="#000" stroke="#000" stroke-width="56"')}
    </mask>
  </defs>
  <rect x="64" y="64" width="896" height="896" rx="200" fill="url(#bg)"/>
  <g clip-path="url(#square)">
    ${figure(420, 370, 118, 540, 205, 'fill="#ffffff" mask="url(#gap)"')}
    ${figure(640, 500, 96, 640, 165, 'fill="#d6e8f7"')}
  </g>
</svg>`;

async function render(browser, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const scaled = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
  await page.setContent(`<html><body style="margin:0;background:transparent">${scaled}</body></html>`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  return png;
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'icon.svg'), svg + '\n');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const big = await render(browser, 1024);
    fs.writeFileSync(path.join(out, 'icon.png'), await render(browser, 512));
    fs.writeFileSync(path.join(out, 'icon-256.png'), await render(browser, 256));
    // png2icons scales the 1024 master down to every size the formats hold.
    const ico = png2icons.createICO(big, png2icons.BICUBIC2, 0, false, true);
    const icns = png2icons.createICNS(big, png2icons.BICUBIC2, 0);
    if (!ico || !icns) throw new Error('png2icons kunne ikke lave ICO/ICNS.');
    fs.writeFileSync(path.join(out, 'icon.ico'), ico);
    fs.writeFileSync(path.join(out, 'icon.icns'), icns);
  } finally {
    await browser.close();
  }
  console.log(`Ikoner skrevet i ${path.relative(root, out)}/`);
}

await main();
