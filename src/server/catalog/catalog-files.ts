/**
 * Reads the catalog folder (matters, materials, questionnaire, region profiles, holidays) from
 * disk and hands it to the domain's checks. A broken file stops start-up with the file, the path
 * inside it and what is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, YAMLParseError } from 'yaml';
import {
  buildCatalog,
  type CatalogContent,
  type CatalogDocument,
  CatalogError,
  type CatalogProblem,
} from '../../domain/catalog.ts';
import {
  type LocalDays,
  LocalDaysSchema,
  type NationalYear,
  NationalYearSchema,
  WorkingDayCalendar,
} from '../../domain/working-days.ts';

export const CATALOG_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../../catalog');

function readYaml(folder: string, file: string, problems: CatalogProblem[]): unknown {
  const path = join(folder, file);
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : '';
    problems.push({
      file,
      path: where,
      message: error instanceof Error ? (error.message.split('\n')[0] ?? 'unreadable') : 'unreadable',
    });
    return undefined;
  }
}

export function catalogDocuments(folder = CATALOG_FOLDER): CatalogDocument[] {
  const problems: CatalogProblem[] = [];
  const documents: CatalogDocument[] = [];
  const add = (file: string, kind: CatalogDocument['kind']) => {
    if (!existsSync(join(folder, file))) {
      problems.push({ file, path: '', message: 'file is missing' });
      return;
    }
    const value = readYaml(folder, file, problems);
    if (value !== undefined) documents.push({ file, kind, value });
  };
  add('catalog.yaml', 'meta');
  add('matters.yaml', 'matters');
  add('materials.yaml', 'materials');
  add('questionnaire.yaml', 'questions');
  const profiles = join(folder, 'profiles');
  for (const file of existsSync(profiles)
    ? readdirSync(profiles)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    : []) {
    add(relative(folder, join(profiles, file)), 'profile');
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return documents;
}

export function loadCatalogFromFolder(folder = CATALOG_FOLDER): CatalogContent {
  return buildCatalog(catalogDocuments(folder));
}

export function loadCalendarFromFolder(folder = CATALOG_FOLDER): WorkingDayCalendar {
  const problems: CatalogProblem[] = [];
  const national: NationalYear[] = [];
  const local: LocalDays[] = [];
  const read = <T>(
    sub: string,
    schema: {
      safeParse(
        v: unknown,
      ):
        | { success: true; data: T }
        | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
    },
    out: T[],
  ) => {
    const dir = join(folder, 'calendar', sub);
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      const name = `calendar/${sub}/${file}`;
      const value = readYaml(folder, name, problems);
      if (value === undefined) continue;
      const result = schema.safeParse(value);
      if (result.success) out.push(result.data);
      else
        for (const issue of result.error.issues)
          problems.push({ file: name, path: issue.path.join('.'), message: issue.message });
    }
  };
  read('national', NationalYearSchema, national);
  read('local', LocalDaysSchema, local);
  if (problems.length > 0) throw new CatalogError(problems);
  return new WorkingDayCalendar(national, local);
}
