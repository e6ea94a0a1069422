/** Where added articles are kept; a module of its own so `npm start` can name the folder without the corpus code. */

/** Folder of added article texts, next to the events file (one of the folders the explorer reads texts from). */
export const ADDED_ARTICLES_DIR = 'articles';
