/** Schema pieces every schema module shares (kept apart so the modules do not import each other in a cycle). */
import { z } from 'zod';

export const Bilingual = z
  .object({ zh: z.string(), en: z.string() })
  .meta({ id: 'Bilingual', description: 'A text in Chinese and in English' });
