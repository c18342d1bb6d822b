// What each step of an end-to-end story costs chromium and the app, in CPU seconds read from /proc (a closed
// context's processes included: their parents count the CPU of the children they reaped). Run by browser-steps.sh
// against a running demo app: node steps.js BASE_URL PLAYWRIGHT_PACKAGE [ROUNDS]
const [baseURL, playwrightPackage, roundsArg] = process.argv.slice(2);
const { chromium } = require(playwrightPackage);
const fs = require('fs');
const rounds = Number(roundsArg || 6);

function cpuSeconds() {
  let browser = 0, app = 0;
  for (const pid of fs.readdirSync('/proc').filter(p => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (+f[11] + +f[12] + +f[13] + +f[14]) / 100; // utime stime cutime cstime
      if (cmd.includes('chromium')) browser += seconds; else if (cmd.includes('EventHub.App')) app += seconds;
    } catch { /* the process ended meanwhile */ }
  }
  return [browser, app];
}

async function measure(name, step) {
  await step(); // once unmeasured: caches and JIT as in the middle of a run
  const [b0, a0] = cpuSeconds(), t0 = Date.now();
  for (let i = 0; i < rounds; i++) await step();
  const wall = (Date.now() - t0) / rounds;
  await new Promise(r => setTimeout(r, 1500)); // let closed processes be reaped
  const [b1, a1] = cpuSeconds();
  console.log(`| ${name} | ${((b1 - b0) / rounds).toFixed(2)} s | ${((a1 - a0) / rounds).toFixed(2)} s | ${wall.toFixed(0)} ms |`);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium-headless-shell',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const options = { baseURL, locale: 'en-GB', viewport: { width: 1280, height: 800 } };
  const shown = async page => {
    await page.locator(".eh-shell[data-interactive='true']").waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.pageFocused === 'true' && !document.querySelector('.mud-progress-indeterminate, .eh-loading'), null, { polling: 100 });
  };
  // One sign-in through the form; every story below starts from the cookie it produced (as StaffSessions does).
  const first = await browser.newContext(options);
  const signIn = await first.newPage();
  await signIn.goto('/Account/Login?ReturnUrl=%2Fevents');
  await signIn.getByLabel('Email address').fill('organiser@eventhub.example');
  await signIn.locator('#password').fill('Demo-2026-EventHub');
  await signIn.locator('#sign-in').click();
  await shown(signIn);
  const cookies = await first.cookies();
  await first.close();

  const story = async context => {
    await context.addCookies(cookies);
    const page = await context.newPage();
    await page.goto('/events');
    await shown(page);
    await page.evaluate(() => localStorage.setItem('eventhub:left-behind', 'yes'));
  };
  const empty = async (context, keeper) => {
    for (const page of context.pages().filter(p => p !== keeper)) await page.close();
    if (keeper) {
      const session = await context.newCDPSession(keeper);
      await session.send('Storage.clearDataForOrigin', { origin: new URL(baseURL).origin, storageTypes: 'all' });
      await session.detach();
    }
    await context.clearCookies();
  };

  console.log('| Step (one story: a signed-in page of the app) | Chromium CPU | App CPU | Wall |');
  console.log('|---|---|---|---|');
  await measure('A new context with an empty page, closed', async () => { const c = await browser.newContext(options); await c.newPage(); await c.close(); });
  await measure('A new context per story', async () => { const c = await browser.newContext(options); await story(c); await c.close(); });
  const bare = await browser.newContext(options);
  await measure('The last story\'s context, all its pages closed', async () => { await story(bare); await empty(bare, null); });
  const kept = await browser.newContext(options);
  const keeper = await kept.newPage();
  await measure('The last story\'s context, emptied, a blank page kept open (ReusedContexts)', async () => { await story(kept); await empty(kept, keeper); });
  const tab = await browser.newContext(options);
  await story(tab);
  await measure('The same page loaded again in an open tab', async () => { const [p] = tab.pages(); await p.goto('/events'); await shown(p); });
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
