/**
 * An article ingested from a subfolder has a '/' in its id ("2017/tal-afar"): a deep link to its event must open
 * the event with its place mentions marked and the whole article readable, like any other.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useApp, waitForExplorer } from './helpers';

const NESTED_ARTICLE = '2017/tal-afar';
const LATER_PARAGRAPH = 'engineers were removing explosives';

const app = useApp();

describe('an article from a subfolder in Chromium', () => {
  it('opens its event from a deep link with mentions marked, and shows the whole article on request', async () => {
    const event = app().events.find((e) => e.properties.article === NESTED_ARTICLE);
    expect(event?.id).toMatch(/^event:2017\/tal-afar:/);
    const opened = await openPage(app(), `/?event=${encodeURIComponent(event?.id ?? '')}`);
    const { page } = opened;
    await waitForExplorer(page);
    const provenance = page.getByTestId('provenance');
    await expect.poll(() => provenance.count()).toBe(1);
    // The mentions come from /api/mentions/2017/tal-afar: "Tal Afar" is marked as a place.
    await expect.poll(() => provenance.locator('mark[data-place-id]').allTextContents()).toContain('Tal Afar');
    // The text comes from /api/articles/2017/tal-afar: the paragraph view, then the whole article.
    const whole = provenance.getByRole('button', { name: 'Show the whole article' });
    await expect.poll(() => whole.count()).toBe(1);
    expect(await provenance.textContent()).not.toContain(LATER_PARAGRAPH);
    await whole.click();
    await expect.poll(() => provenance.textContent()).toContain(LATER_PARAGRAPH);
    expect(new URL(page.url()).searchParams.get('event')).toBe(event?.id);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.dialogs).toEqual([]);
    await opened.context.close();
  });
});
