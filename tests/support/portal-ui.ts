import { computeOrgCodeCheckDigit, computeUsccCheckCharacter } from '@shifan/domain';
import type { Browser, Page } from 'playwright-core';

/** A valid USCC of a Wuhan-registered enterprise whose organisation-code body ends in the given six digits. */
export function validUscc(sixDigits: string): string {
  const body8 = `MA${sixDigits}`;
  const first17 = `91420100${body8}${computeOrgCodeCheckDigit(body8)}`;
  return `${first17}${computeUsccCheckCharacter(first17)}`;
}

/** Six digits that differ between runs, for unique codes and names. */
export function uniqueDigits(): string {
  return String(Date.now() % 1_000_000).padStart(6, '0');
}

export interface TrackedPage {
  page: Page;
  /** Uncaught errors of the page's scripts so far. */
  errors: string[];
}

/**
 * A fresh page (own cookies, Chinese by default) that records uncaught script errors. With `clockOffsetDays` the
 * page's clock runs that many days ahead (or behind), as a portal started with the same `CLOCK_OFFSET_DAYS` does.
 */
export async function openPage(browser: Browser, clockOffsetDays?: string | number): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (clockOffsetDays !== undefined) await context.clock.install({ time: Date.now() + Number(clockOffsetDays) * 86_400_000 });
  const page = await context.newPage();
  // Waits allow for the shared two-core machine's stalls (CI runs the portal, chromium and MariaDB side by side).
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Picks an option of the Ant Design select that is open (its visible list, not the hidden accessible one). */
export async function chooseOption(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

/** Fills the shared sign-in form and submits it, waiting for the API's answer. */
export async function submitSignIn(page: Page, login: string, password: string): Promise<number> {
  await page.getByTestId('sign-in-form').getByRole('textbox').first().fill(login);
  await page.getByTestId('sign-in-form').locator('input[type="password"]').fill(password);
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in')), page.getByTestId('sign-in-submit').click()]);
  return response.status();
}

/** Opens the header's user menu and signs out, ending on the sign-in page with its notice. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('session-notice').waitFor();
}
