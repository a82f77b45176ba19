import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '@kunren/scenario';
import { ja } from '../packages/web/src/i18n/locales/ja.js';
import { my } from '../packages/web/src/i18n/locales/my.js';
import {
  ensureWebBuilt,
  launchChromium,
  login,
  ROOT,
  SCREENSHOTS,
  startDemoServer,
  watchedPage,
  type DemoServer,
} from './harness.js';

// The clock jumps 14 sim hours, from Monday 00:00 to 14:00 office time (Asia/Jakarta): after
// the spear-phishing mail (09:15–10:30), the user opening it (+0–2.5 h) and the first beacons.
const LONG = 45 * 60_000;
const FLAGSHIP = join(ROOT, 'content', 'scenarios', 'ministry-targeted-attack', 'scenario.yaml');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let server: DemoServer;
let browser: Browser;
const errors: string[] = [];

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Runs a hunting query through the query bar (Enter) and waits for its result. */
async function hunt(page: Page, query: string): Promise<void> {
  const bar = page.getByRole('combobox', { name: 'Hunting query' });
  await bar.fill(query);
  await bar.press('Escape');
  await bar.press('Control+Enter');
  // The results area names the query its rows come from.
  await expect
    .poll(() => page.locator('.results').getAttribute('data-shown-query'), { timeout: 120_000 })
    .toBe(query);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await ensureWebBuilt();
  server = await startDemoServer();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a drill in the browser, as its people would run it', () => {
  it(
    'the instructor runs the clock; a trainee hunts, isolates, answers, reports; the instructor watches, injects and grades',
    async () => {
      const staff = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const trainee = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const ip = await watchedPage(staff, errors, 'instructor');
      const tp = await watchedPage(trainee, errors, 'a1');

      // The login screen, then the instructor prepares a drill for team A from the scenario.
      await ip.goto(server.url);
      await ip.getByRole('button', { name: 'Sign in' }).waitFor();
      await shot(ip, 'login');
      await login(ip, server.url, 'instructor', server.password);
      await ip.getByRole('heading', { name: 'Control room' }).waitFor();
      await ip.getByRole('link', { name: 'Exercises' }).click();
      await ip.getByLabel('Name', { exact: true }).fill('E2E drill');
      await expect
        .poll(() => ip.getByLabel('Scenario').locator('option').count())
        .toBeGreaterThan(1);
      await ip.getByLabel('Scenario').selectOption({ index: 1 });
      await ip.getByLabel('Members of team 1').fill('a1, a2');
      await shot(ip, 'exercises');
      await ip.getByRole('button', { name: 'Create exercise' }).click();
      await ip
        .locator('li', { hasText: 'E2E drill' })
        .getByRole('button', { name: 'Open control room' })
        .click();
      await ip.getByRole('heading', { name: 'Control room' }).waitFor();
      await expect
        .poll(() => ip.getByLabel('Exercise').locator('option:checked').textContent())
        .toContain('E2E drill');

      // The trainee logs in to the newest exercise and sees its home before it starts.
      await login(tp, server.url, 'a1', server.password);
      await tp.getByRole('heading', { name: 'Briefing' }).waitFor();
      await expect.poll(() => tp.locator('[data-state]').getAttribute('data-state')).toBe('open');
      await expect.poll(() => tp.getByRole('timer').textContent()).toContain('Not started');

      // The instructor starts the exercise, speeds it up and jumps to Monday afternoon.
      const started = ip.waitForResponse(
        (r) => r.url().endsWith('/clock') && r.request().method() === 'POST',
        { timeout: LONG },
      );
      await ip.getByRole('button', { name: 'Start', exact: true }).click();
      const startAnswer = await started;
      expect(
        startAnswer.status(),
        `${await startAnswer.text()} (server log: ${server.logFile})`,
      ).toBe(200);
      await expect
        .poll(() => ip.getByRole('button', { name: 'Pause', exact: true }).isEnabled())
        .toBe(true);
      await ip.getByLabel('Speed').selectOption('60');
      await expect.poll(() => ip.getByLabel('Speed').inputValue()).toBe('60');
      // The trainee's clock follows live.
      await expect
        .poll(() => tp.getByRole('timer').textContent(), { timeout: 30_000 })
        .toContain('×60');
      // Each jump is acknowledged once the world has caught up: wait for that answer.
      for (const hours of [6, 6, 1, 1]) {
        const done = ip.waitForResponse(
          (r) => r.url().endsWith('/clock') && r.request().method() === 'POST',
          { timeout: LONG },
        );
        await ip.getByRole('button', { name: `Jump +${hours} h` }).click();
        const answer = await done;
        expect(answer.status(), `${await answer.text()} (server log: ${server.logFile})`).toBe(200);
      }
      await expect
        .poll(() => tp.getByRole('timer').textContent(), { timeout: 60_000 })
        .toMatch(/Mon/);
      await shot(ip, 'control-room');
      await shot(tp, 'home');

      // Investigate: the phishing mail at the gateway.
      await tp.getByRole('link', { name: 'Investigate' }).click();
      await hunt(tp, 'email.attachments.file.name:*.zip');
      const rows = tp.getByRole('row');
      expect(await rows.count()).toBeGreaterThan(1);
      await tp.getByRole('button', { name: 'Show event 1' }).click();
      const recipient =
        (
          await tp
            .locator('tr', { has: tp.locator('th', { hasText: /^email\.to\.address$/ }) })
            .locator('td span')
            .first()
            .textContent()
        )?.trim() ?? '';
      expect(recipient).toMatch(/@/);
      // A timeline entry from this event.
      await tp.getByRole('button', { name: 'Add to report timeline' }).click();
      await tp.getByText('Added to the report timeline.').waitFor();
      await shot(tp, 'investigate-events');

      // The C2: regular requests for the same jQuery file, from one client, all day.
      await hunt(
        tp,
        'url.path:"/jquery-3.3.1.min.js" | stats count() by source.ip, url.domain | sort -count',
      );
      const domain =
        (await tp.locator('tbody tr').first().locator('td').nth(1).textContent())?.trim() ?? '';
      expect(domain).toContain('.');
      // The beaconing host: rundll32.exe making network connections.
      await hunt(
        tp,
        'process.name:rundll32.exe and event.code:3 | stats count() by host.name, destination.ip | sort -count',
      );
      const host =
        (await tp.locator('tbody tr').first().locator('td').nth(0).textContent())?.trim() ?? '';
      expect(host).toMatch(/^ws-/);
      await tp.getByRole('button', { name: 'Chart' }).click();
      await tp.locator('.chart canvas').waitFor();
      await shot(tp, 'investigate-stats');

      // Isolate the host, after reading what it costs.
      await tp.getByRole('link', { name: 'Assets' }).click();
      await tp.getByLabel('Action', { exact: true }).selectOption({
        label:
          (await tp
            .getByLabel('Action', { exact: true })
            .locator('option', { hasText: /isolat/i })
            .first()
            .textContent()) ?? '',
      });
      await tp.getByLabel(/^Host$|^Target$/).fill(host);
      await tp.getByRole('button', { name: 'Take action…' }).click();
      const dialog = tp.getByRole('alertdialog');
      await dialog.waitFor();
      await expect.poll(() => dialog.textContent()).toMatch(/Collateral cost/);
      await shot(tp, 'assets-confirm');
      await dialog.getByRole('button', { name: /isolat/i }).click();
      await tp.getByRole('status').filter({ hasText: 'ordered' }).waitFor();
      await tp.getByRole('heading', { name: 'Actions taken' }).waitFor();
      await expect
        .poll(() => tp.locator('ul.list code', { hasText: host }).count())
        .toBeGreaterThan(0);

      // The instructor sees the action live in the control room.
      await expect
        .poll(
          async () => (await ip.locator('tbody tr', { hasText: /^A/ }).first().textContent()) ?? '',
          { timeout: 60_000 },
        )
        .toMatch(/A/);
      await ip.getByRole('button', { name: 'A', exact: true }).click();
      await expect
        .poll(() => ip.locator('section', { hasText: 'actions and queries' }).textContent(), {
          timeout: 60_000,
        })
        .toContain(host);
      await expect
        .poll(() => ip.locator('section', { hasText: 'actions and queries' }).textContent(), {
          timeout: 60_000,
        })
        .toContain('jquery');
      await shot(ip, 'control-room-drilldown');

      // Two tasks: the first compromised host and the C2 domain.
      await tp.getByRole('link', { name: 'Tasks' }).click();
      await tp.getByLabel('Answer to The first compromised host').fill(host);
      await tp
        .locator('article', { hasText: 'The first compromised host' })
        .getByRole('button', { name: 'Submit answer' })
        .click();
      await tp
        .locator('article', { hasText: 'The first compromised host' })
        .getByRole('status')
        .waitFor();
      await tp.getByLabel('Answer to Command-and-control domain').fill(domain);
      await tp
        .locator('article', { hasText: 'Command-and-control domain' })
        .getByRole('button', { name: 'Submit answer' })
        .click();
      await tp
        .locator('article', { hasText: 'Command-and-control domain' })
        .getByRole('status')
        .waitFor();
      // What the hunt found is what the scenario's answer keys hold.
      for (const title of ['The first compromised host', 'Command-and-control domain'])
        await expect
          .poll(() => tp.locator('article', { hasText: title }).getByRole('status').textContent())
          .toMatch(/^Correct: 10 points/);
      await shot(tp, 'tasks');

      // The instructor sends an inject; the trainee receives it live.
      await ip.getByRole('link', { name: 'Injects' }).click();
      await ip.getByLabel('From').selectOption({ index: 1 });
      await ip.getByLabel('Subject').fill('Status call at 14:00');
      await ip
        .getByLabel('Message')
        .fill('Management wants a status call at 14:00. Prepare three bullet points.');
      await ip.getByRole('button', { name: 'Send now', exact: true }).click();
      await ip.getByText(/Delivered to 1 team/).waitFor();
      // And sends a scheduled inject ahead of time to team A, after confirming.
      const scheduled = ip.locator('tr[data-status=scheduled]').first();
      const early = (await scheduled.locator('td').nth(2).textContent()) ?? '';
      await scheduled.getByRole('button', { name: /^Send “.*” now to team A$/ }).click();
      await ip.getByRole('alertdialog').getByRole('button', { name: 'Send now' }).click();
      await ip.getByText(/^Sent to 1 team\./).waitFor();
      await shot(ip, 'injects');
      await tp.getByRole('link', { name: 'Inbox' }).click();
      await tp.getByRole('button', { name: /Status call at 14:00/ }).click();
      await tp.getByRole('heading', { name: 'Status call at 14:00' }).waitFor();
      await tp.getByRole('button', { name: new RegExp(escapeRegExp(early)) }).waitFor();
      await shot(tp, 'inbox');

      // The report: the timeline entry from the event is there; write the summary, submit.
      await tp.getByRole('link', { name: 'Incident report' }).click();
      await expect.poll(() => tp.getByLabel('What happened, entry 1').inputValue()).not.toBe('');
      await tp
        .getByLabel('Summary')
        .fill(
          `Spear-phishing mail to ${recipient}; implant on ${host} beaconing to ${domain}; ${host} isolated.`,
        );
      await tp.getByLabel('ATT&CK techniques').fill('T1566.001, T1071.001');
      await expect
        .poll(() => tp.locator('[data-save-state]').getAttribute('data-save-state'), {
          timeout: 20_000,
        })
        .toBe('saved');
      await shot(tp, 'report');
      await tp.getByRole('button', { name: 'Submit report' }).click();
      await tp.getByRole('alertdialog').getByRole('button', { name: 'Submit report' }).click();
      await tp.getByText(/^Submitted /).waitFor();

      // The instructor grades it with the rubric.
      await ip.getByRole('link', { name: 'Report grading' }).click();
      await expect
        .poll(() => ip.locator('tbody tr', { hasText: /^A/ }).first().textContent(), {
          timeout: 30_000,
        })
        .toMatch(/Submitted/);
      await ip.getByRole('button', { name: 'A', exact: true }).click();
      for (const input of await ip.locator('form input[type=number]').all()) await input.fill('5');
      await ip.getByLabel('Comment for the team').fill('Good, fast containment.');
      await ip.getByRole('button', { name: 'Save grade' }).click();
      await expect
        .poll(() => ip.locator('tbody tr', { hasText: /^A/ }).first().textContent(), {
          timeout: 30_000,
        })
        .toMatch(/40 \/ 100/);
      await shot(ip, 'grading');

      // The trainee's other screens, for the record.
      for (const [link, name] of [
        ['Alerts', 'alerts'],
        ['Evidence & sharing', 'evidence'],
        ['Scoreboard', 'scoreboard'],
      ] as const) {
        await tp.getByRole('link', { name: link }).click();
        await tp
          .getByRole('heading', {
            name: link === 'Evidence & sharing' ? 'Evidence & sharing' : link,
            level: 1,
          })
          .waitFor();
        await shot(tp, name);
      }
      await tp.getByRole('link', { name: 'Incident report' }).click();
      await tp.getByText(/^Grade: 40 \/ 100/).waitFor({ timeout: 30_000 });

      // The same screens in Burmese, on a tablet.
      const tablet = await browser.newContext({
        viewport: { width: 820, height: 1180 },
        locale: 'my-MM',
      });
      const mp = await watchedPage(tablet, errors, 'a2');
      await login(mp, server.url, 'a2', server.password).catch(async () => {
        // The login form is in Burmese for a Burmese browser: sign in by field order.
        await mp.locator('input[name=username]').fill('a2');
        await mp.locator('input[name=password]').fill(server.password);
        await mp.locator('button[type=submit]').click();
        await mp.getByRole('navigation').waitFor();
      });
      await mp.locator('html[lang=my]').waitFor();
      await mp.getByRole('heading', { name: my['home.briefing'] }).waitFor();
      await shot(mp, 'home-my-tablet');
      await tablet.close();

      // In Japanese, the scheduled inject sent early reads in Japanese: the scenario gives it.
      const loaded = await loadScenarioFile(FLAGSHIP);
      if (!loaded.ok) throw new Error('the flagship does not load');
      const subject = loaded.scenario.injects.find((i) => i.subject.en === early)?.subject;
      const japanese = (subject as Record<string, string> | undefined)?.ja;
      expect(japanese, `the flagship's inject "${early}" has Japanese text`).toBeTruthy();
      const desk = await browser.newContext({ locale: 'ja-JP' });
      const jp = await watchedPage(desk, errors, 'a2-ja');
      await jp.goto(server.url);
      await jp.locator('input[name=username]').fill('a2');
      await jp.locator('input[name=password]').fill(server.password);
      await jp.locator('button[type=submit]').click();
      await jp.locator('html[lang=ja]').waitFor();
      await jp.getByRole('link', { name: ja['nav.inbox'] }).click();
      await jp.getByRole('button', { name: new RegExp(escapeRegExp(japanese ?? '')) }).click();
      await jp.getByRole('heading', { name: japanese }).waitFor();
      await shot(jp, 'inbox-ja');
      await desk.close();

      expect(errors, `see the server log in ${server.logFile}`).toEqual([]);
    },
    3 * LONG,
  );
});
