import type { Page } from 'playwright-core';
import { submitSignIn } from './portal-ui';

/** The demo enterprise administrator (its profile is seeded complete). */
export const DEMO_ENTERPRISE = { login: '91420100MAEC200T12', password: 'Shifan@2026' } as const;

const DAY = 86_400_000;

/** An ISO date `days` before `today` (by default the machine's UTC date; pass the portal's date when it is shifted). */
export function daysAgo(days: number, today?: string): string {
  if (today !== undefined) return new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
  return new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
}

/** Signs in on the enterprise portal as the demo enterprise administrator. */
export async function signInAsDemoEnterprise(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  const status = await submitSignIn(page, DEMO_ENTERPRISE.login, DEMO_ENTERPRISE.password);
  if (status !== 200) throw new Error(`demo sign-in answered ${status}`);
  await page.waitForURL('**/account');
}

/** Opens the Ant Design select labelled `label` and picks the option containing `option`. */
export async function chooseIn(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Answers a yes/no field of the application form (是 / 否). */
export async function answer(page: Page, field: string, yes = true): Promise<void> {
  await page.getByTestId(`field-${field}`).getByText(yes ? '是' : '否', { exact: true }).click();
}

/** Types a date into the Ant Design date picker labelled `label`. */
export async function fillDate(page: Page, label: string, isoDate: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(isoDate);
  await input.press('Enter');
}

/** A small file that starts like a PDF (`%PDF-1.4`), which is all the API's type check reads. */
export function smallPdf(kib = 256): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1'), Buffer.alloc(kib * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
}

/** Waits for the next draft save of the application form and returns its HTTP status. */
export async function nextDraftSave(page: Page, action: () => Promise<unknown>): Promise<number> {
  const [response] = await Promise.all([page.waitForResponse((r) => /\/api\/applications\/\d+\/draft$/.test(r.url()) && r.request().method() === 'PUT', { timeout: 20_000 }), action()]);
  return response.status();
}
