import { describe, expect, it } from 'vitest';
import { linkedInSlug, normalizeLinkedIn } from './normalize-linkedin.js';

const CANONICAL = 'https://www.linkedin.com/in/jane-doe-4b2a17';

describe('normalizeLinkedIn', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe-4b2a17', 'canonical already'],
    ['https://www.linkedin.com/in/jane-doe-4b2a17/', 'trailing slash'],
    ['http://www.linkedin.com/in/jane-doe-4b2a17', 'http'],
    ['linkedin.com/in/jane-doe-4b2a17', 'no scheme, no www'],
    ['www.linkedin.com/in/jane-doe-4b2a17', 'no scheme'],
    ['https://uk.linkedin.com/in/jane-doe-4b2a17', 'country subdomain uk'],
    ['https://de.linkedin.com/in/jane-doe-4b2a17/', 'country subdomain de'],
    ['https://m.linkedin.com/in/jane-doe-4b2a17', 'mobile subdomain'],
    ['https://www.linkedin.com/mwlite/in/jane-doe-4b2a17', 'mobile lite path'],
    ['https://www.linkedin.com/in/Jane-Doe-4B2A17', 'slug case'],
    ['https://www.linkedin.com/in/jane-doe-4b2a17?trk=public_profile_browsemap', 'tracking query'],
    ['https://www.linkedin.com/in/jane-doe-4b2a17/?originalSubdomain=uk', 'original subdomain query'],
    ['https://www.linkedin.com/in/jane-doe-4b2a17#experience', 'fragment'],
    ['https://www.linkedin.com/in/jane-doe-4b2a17/en', 'language suffix'],
    ['https://www.linkedin.com/in/jane-doe-4b2a17/details/experience/', 'sub-page'],
    ['  https://www.linkedin.com/in/jane-doe-4b2a17  ', 'surrounding whitespace'],
    ['HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE-4B2A17', 'all caps'],
  ])('%s (%s)', (input) => {
    expect(normalizeLinkedIn(input)).toBe(CANONICAL);
  });

  it('maps the legacy /pub/ form to the /in/ slug LinkedIn redirects to', () => {
    expect(normalizeLinkedIn('https://sy.linkedin.com/pub/krzysztof-marzec/a7/576/b50?trk=biz_employee_pub')).toBe(
      'https://www.linkedin.com/in/krzysztof-marzec-b50576a7',
    );
  });

  it('decodes URL-encoded slugs and compares them case-insensitively', () => {
    expect(linkedInSlug('https://www.linkedin.com/in/J%C3%BCrgen-M%C3%BCller')).toBe('jürgen-müller');
    expect(linkedInSlug('https://de.linkedin.com/in/jürgen-müller/')).toBe('jürgen-müller');
    expect(normalizeLinkedIn('https://de.linkedin.com/in/Jürgen-Müller')).toBe('https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller');
  });

  it.each([
    ['https://www.linkedin.com/company/contoso', 'company page'],
    ['https://www.linkedin.com/jobs/view/123', 'job'],
    ['https://www.linkedin.com/in/', 'empty slug'],
    ['https://lnkd.in/abc123', 'short link'],
    ['https://www.linkedin.com/profile/view?id=12345', 'numeric legacy id'],
    ['https://notlinkedin.com/in/jane', 'look-alike host'],
    ['https://github.com/jane', 'other site'],
    ['jane-doe', 'bare word'],
    ['', 'empty'],
  ])('gives null for %s (%s)', (input) => {
    expect(normalizeLinkedIn(input)).toBeNull();
  });
});
