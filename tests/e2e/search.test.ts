/**
 * ?q= in Chromium: a deep link with search words lists only the events whose sentence or article title holds
 * them (asked of the event store), the search box puts its words in the URL with the other filters, and Back
 * undoes a search like any filter.
 */
import { describe, expect, it } from 'vitest';
import { listedEventIds, openPage, useApp, waitForExplorer } from './helpers';

const app = useApp();

describe('search in Chromium', () => {
  it('narrows the list to the events the words find, combined with the filters, and Back undoes it', async () => {
    const shown = app().events.filter((e) => !e.properties.background);
    const mayadeen = shown.filter((e) => e.properties.sentence.includes('Mayadeen')).map((e) => e.id);
    expect(mayadeen.length).toBeGreaterThan(0);
    const opened = await openPage(app(), '/?q=Mayadeen');
    const { page } = opened;
    await waitForExplorer(page);
    await expect.poll(() => listedEventIds(page).then((ids) => ids.toSorted())).toEqual(mayadeen.toSorted());
    // the counts beside the type checkboxes count the search's events
    const battleCount = page.locator('label.filter-option', { has: page.locator('input[name="type"][value="battles"]') }).locator('.filter-count');
    const mayadeenBattles = shown.filter((e) => mayadeen.includes(e.id) && e.properties.eventType === 'Battles').length;
    await expect.poll(() => battleCount.textContent()).toBe(String(mayadeenBattles));
    // the same words with a type filter: both apply
    const battles = shown.filter((e) => mayadeen.includes(e.id) && e.properties.eventType === 'Battles').map((e) => e.id);
    await page.locator('input[name="type"][value="battles"]').check();
    await expect.poll(() => listedEventIds(page).then((ids) => ids.toSorted())).toEqual(battles.toSorted());
    expect(new URL(page.url()).searchParams.get('q')).toBe('Mayadeen');
    // typing other words and Enter: a new URL entry
    const box = page.getByRole('searchbox', { name: 'Search event sentences and article titles' });
    await box.fill('roundabout');
    await box.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('roundabout');
    const titled = shown.filter((e) => e.properties.article === 'raqqa-2017' && e.properties.eventType === 'Battles').map((e) => e.id);
    await expect.poll(() => listedEventIds(page).then((ids) => ids.toSorted())).toEqual(titled.toSorted());
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Mayadeen');
    await expect.poll(() => box.inputValue()).toBe('Mayadeen');
    expect(opened.pageErrors).toEqual([]);
    await opened.context.close();
  });
});
