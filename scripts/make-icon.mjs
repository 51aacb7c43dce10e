// Renders build/icon.png (512×512, transparent corners) with the system Chromium and a CJK font, so the
// icon can be regenerated without an image editor. electron-builder derives the .ico and Linux sizes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const html = `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:512px;height:512px;border-radius:96px;background:linear-gradient(160deg,#1f5fbf,#123d82);
display:flex;align-items:center;justify-content:center;box-sizing:border-box;border:14px solid #c8102e">
<span style="font:700 330px 'Noto Serif CJK SC','Noto Sans CJK SC',serif;color:#fff;line-height:1;margin-top:-24px">办</span>
</div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(html);
  await page.screenshot({ path: path.join(root, 'build', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log('build/icon.png written');
