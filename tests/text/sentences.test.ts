import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/text/sentences';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('does not split after titles such as "Mr." and "Gen." or initials', () => {
    expect(texts('Mr. Bali met Gen. John J. Smith in Raqqa. They spoke.')).toEqual([
      'Mr. Bali met Gen. John J. Smith in Raqqa.',
      'They spoke.',
    ]);
  });

  it('keeps "U.S." inside a sentence but splits when a sentence opener follows it', () => {
    expect(texts('The U.S. Army arrived. Troops left the U.S. The war went on.')).toEqual([
      'The U.S. Army arrived.',
      'Troops left the U.S.',
      'The war went on.',
    ]);
  });

  it('splits after a closing quote and keeps the quote with its sentence', () => {
    expect(texts('"We only used hand weapons." She left. He said "no". Then he went.')).toEqual([
      '"We only used hand weapons."',
      'She left.',
      'He said "no".',
      'Then he went.',
    ]);
  });

  it('ends a sentence at a paragraph break even without punctuation', () => {
    expect(texts('Ajustar Comentario Impresión\n\nShe is seen hugging soldiers.')).toEqual([
      'Ajustar Comentario Impresión',
      'She is seen hugging soldiers.',
    ]);
  });

  it('splits before a note or list mark ("*Note that …", "• Item")', () => {
    expect(texts('Gunmen kidnapped two men. *Note that sources differ. • A second item.')).toEqual([
      'Gunmen kidnapped two men.',
      '*Note that sources differ.',
      '• A second item.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(texts('About 100 fighters surrendered, e.g. in the old city.')).toHaveLength(1);
  });

  it('gives offsets into the full text within the requested range', () => {
    const text = 'Title\n\nFirst one. Second one.';
    const sentences = splitSentences(text, 7);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([[7, 17], [18, 29]]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('rejects a range outside the text', () => {
    expect(() => splitSentences('abc', 2, 10)).toThrow(/Bad sentence range/);
  });
});
