import { faker } from '@faker-js/faker';
import type { IdentityInput } from './types.js';

/*
 * A synthetic account for scale tests and benchmarks of duplicate detection: candidates with
 * Zipf-distributed first names, surnames and employers (so common names collide as in a real
 * account and blocks get large), and a share of duplicate records typed the messy ways people type
 * them. Deterministic for a seed. Synthetic names only (faker); example.com-style domains.
 */

interface SyntheticAccount {
  candidates: IdentityInput[];
  /** The true duplicate groups (ids), for measuring detection. */
  duplicateGroups: string[][];
}

const NICKNAMES: Record<string, string> = {
  Robert: 'Bob', William: 'Bill', Elizabeth: 'Liz', Katherine: 'Kate', Michael: 'Mike', Alexander: 'Alex',
  James: 'Jim', Thomas: 'Tom', Christopher: 'Chris', Daniel: 'Dan', Jennifer: 'Jen', Samuel: 'Sam', Patricia: 'Pat',
};

/** Build `count` candidates of which about `duplicateShare` are extra records of an existing person. */
export function syntheticAccount(count: number, options: { seed?: number; duplicateShare?: number } = {}): SyntheticAccount {
  faker.seed(options.seed ?? 42);
  const duplicateShare = options.duplicateShare ?? 0.05;
  const firstNames = unique(() => faker.person.firstName(), 400).concat(Object.keys(NICKNAMES));
  const lastNames = unique(() => faker.person.lastName(), 700);
  const companies = unique(() => faker.company.name(), 1500);
  const schools = unique(() => `${faker.location.city()} University`, 300);
  const cities = unique(() => faker.location.city(), 120);
  const titles = unique(() => faker.person.jobTitle(), 300);
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.pow(faker.number.float({ min: 0, max: 1 }), 2.2) * n));

  const candidates: IdentityInput[] = [];
  const groups = new Map<string, string[]>();
  const originals: IdentityInput[] = [];
  for (let i = 0; i < count; i++) {
    const id = `c${String(i).padStart(6, '0')}`;
    if (originals.length > 0 && faker.number.float({ min: 0, max: 1 }) < duplicateShare) {
      const original = faker.helpers.arrayElement(originals);
      candidates.push(messyCopy(original, id, { companies, titles }));
      const group = groups.get(original.id) ?? [original.id];
      group.push(id);
      groups.set(original.id, group);
      continue;
    }
    const first = firstNames[zipf(firstNames.length)];
    const last = lastNames[zipf(lastNames.length)];
    const handle = `${first}.${last}.${i}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    const candidate: IdentityInput = {
      id,
      name: faker.datatype.boolean(0.15) ? `${first} ${faker.string.alpha({ length: 1, casing: 'upper' })}. ${last}` : `${first} ${last}`,
      emailAddresses: faker.datatype.boolean(0.9) ? [{ value: `${handle}@${faker.helpers.arrayElement(['example.com', 'example.org', 'gmail.com'])}` }] : [],
      phoneNumbers: faker.datatype.boolean(0.6) ? [{ value: `+1 ${faker.string.numeric({ length: 1, exclude: ['0', '1'] })}${faker.string.numeric(2)} 555 ${faker.string.numeric(4)}` }] : [],
      socialLinks: faker.datatype.boolean(0.4) ? [{ type: 'LinkedIn', url: `https://www.linkedin.com/in/${handle.replace(/\./g, '-')}` }] : [],
      position: titles[zipf(titles.length)],
      company: faker.datatype.boolean(0.8) ? companies[zipf(companies.length)] : null,
      school: faker.datatype.boolean(0.5) ? schools[zipf(schools.length)] : null,
      location: { locationSummary: `${cities[zipf(cities.length)]}, United States` },
    };
    candidates.push(candidate);
    originals.push(candidate);
  }
  return { candidates, duplicateGroups: [...groups.values()].map((g) => g.sort()) };
}

/** Another record of the same person: contact details retyped, some fields changed or missing. */
function messyCopy(original: IdentityInput, id: string, pools: { companies: string[]; titles: string[] }): IdentityInput {
  const copy: IdentityInput = { ...original, id };
  const [first, ...rest] = (original.name ?? '').split(' ');
  const last = rest[rest.length - 1] ?? '';
  const nameStyle = faker.number.int({ min: 0, max: 4 });
  if (nameStyle === 0 && NICKNAMES[first]) copy.name = `${NICKNAMES[first]} ${last}`;
  else if (nameStyle === 1) copy.name = `${last}, ${first}`;
  else if (nameStyle === 2) copy.name = `${first} ${last}`.toUpperCase();
  else copy.name = `${first} ${last}`;
  copy.emailAddresses = (original.emailAddresses ?? []).map((e) => ({ value: faker.datatype.boolean(0.5) ? e.value.toUpperCase() : e.value }));
  if (faker.datatype.boolean(0.3)) copy.emailAddresses = [{ value: `${first}.${last}.work@example.net`.toLowerCase() }];
  copy.phoneNumbers = (original.phoneNumbers ?? []).map((p) => ({ value: faker.datatype.boolean(0.5) ? p.value.replace('+1 ', '(').replace(' 555', ') 555-') : p.value }));
  copy.socialLinks = (original.socialLinks ?? []).map((l) => ({ ...l, url: faker.datatype.boolean(0.5) ? `${l.url.replace('www.', 'uk.')}/?trk=x` : l.url }));
  if (faker.datatype.boolean(0.3)) {
    copy.company = faker.helpers.arrayElement(pools.companies);
    copy.position = faker.helpers.arrayElement(pools.titles);
  }
  return copy;
}

function unique(make: () => string, count: number): string[] {
  const values = new Set<string>();
  for (let attempts = 0; values.size < count && attempts < count * 20; attempts++) values.add(make());
  return [...values];
}
