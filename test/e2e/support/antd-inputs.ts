/** Filling antd controls as a user does. */
import type { Locator, Page } from '@playwright/test';

/** antd selects render their options in a popup outside the control. */
export async function chooseOption(page: Page, testId: string, optionText: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText })
    .first()
    .click();
}

/** A number field's test id may sit on the <input> or on the InputNumber around it. */
export async function fillNumber(page: Page, testId: string, value: string): Promise<Locator> {
  const field = page.getByTestId(testId);
  const input = (await field.evaluate((el) => el.tagName)) === 'INPUT' ? field : field.locator('input');
  await input.fill(value);
  return input;
}
