import { chromium } from '@playwright/test';
const [url, out, scheme, width] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'dark' });
await page.goto(url);
await page.waitForTimeout(400);
await page.screenshot({ path: out });
await browser.close();
