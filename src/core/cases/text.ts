// Bilingual texts of the case workflow: Indonesian first (id), English second (en).

export interface Bilingual {
  id: string;
  en: string;
}

/** One thing a refused transition lacks: a stable key for code and tests, and the text to show. */
export interface Missing extends Bilingual {
  key: string;
}

export function missing(key: string, id: string, en: string): Missing {
  return { key, id, en };
}

/** Joins labels for a sentence: "a, b, c". */
export function listOf(labels: readonly Bilingual[]): Bilingual {
  return { id: labels.map((l) => l.id).join(', '), en: labels.map((l) => l.en).join(', ') };
}
