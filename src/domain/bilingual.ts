/**
 * Text in the service's two languages. Everything a person reads is given in Chinese and English;
 * clients show the one their reader chose.
 */

/** A text in Chinese and in English. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * A count with its English noun: "1 working day", "2 working days", "0 files". The plural is the
 * noun with an s unless another is given ("1 person", "3 people").
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
