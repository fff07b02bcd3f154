import { resolve } from 'node:path';
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { artifactsDir } from '../support/browser';

/** The demo workspace as a person uses it: pick who you are, pick an item, work in the pane. */
export class DemoWorkspacePage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.page.getByRole('list', { name: 'Inbox' }).getByRole('button').first().waitFor();
  }

  /** Opens the workspace again with the task pane at another width (Outlook's run 320–450 px). */
  async openWithPaneWidth(width: number): Promise<void> {
    await this.page.goto(`${this.baseUrl}/?paneWidth=${width}`);
    await this.page.getByRole('list', { name: 'Inbox' }).getByRole('button').first().waitFor();
  }

  /** The task pane's frame itself, for checks that run inside its document (axe, overflow). */
  async paneFrame(): Promise<Frame> {
    const handle = await this.page.locator('iframe[title="Caseline task pane"]').elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error('The task pane frame is not there');
    return frame;
  }

  async actAs(userName: string): Promise<void> {
    const select = this.page.getByRole('combobox', { name: 'Act as' });
    const value = await select.locator('option', { hasText: userName }).getAttribute('value');
    if (!value) throw new Error(`No demo user named ${userName}`);
    await select.selectOption(value);
    await this.pane
      .getByText(/Select an email|Client brief|Meeting/)
      .first()
      .waitFor();
  }

  async selectItem(subject: string | RegExp): Promise<void> {
    await this.page
      .getByRole('list', { name: 'Inbox' })
      .getByRole('button', { name: subject })
      .click();
  }

  get pane(): FrameLocator {
    return this.page.frameLocator('iframe[title="Caseline task pane"]');
  }

  /** The task pane alone, as wide as Outlook shows it (350 px), scrolled to `target` if given. */
  async paneScreenshot(name: string, target?: Locator): Promise<void> {
    await target?.scrollIntoViewIfNeeded();
    await this.page
      .locator('iframe[title="Caseline task pane"]')
      .screenshot({ path: resolve(artifactsDir, `${name}.png`) });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: resolve(artifactsDir, `${name}.png`) });
  }
}
